#pragma once
#include "core/Error.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>
#include <memory>
#include <optional>
#include <variant>

namespace rebound {

// Runs slow work (Argon2id) on the thread pool and hands the result, or the
// rebound::Error it threw, back to the GUI thread. Nothing is delivered if the
// context is gone by then. A result that is not delivered (e.g. a Vault) is
// destroyed with the outcome, which locks it.
template <typename Result> using Outcome = std::variant<Result, Error>;

template <typename Work, typename Done> void runInBackground(QObject *context, Work work, Done done) {
    using Result = decltype(work());
    auto shared = std::make_shared<Work>(std::move(work));
    auto finish = std::make_shared<Done>(std::move(done));
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([shared, finish, guard] {
        auto outcome = std::make_shared<std::optional<Outcome<Result>>>();
        try {
            outcome->emplace(std::in_place_index<0>, (*shared)());
        } catch (const Error &e) {
            outcome->emplace(std::in_place_index<1>, e);
        } catch (const std::exception &e) {
            outcome->emplace(std::in_place_index<1>, Error(ErrorCode::Storage, QString::fromUtf8(e.what())));
        }
        // Post to the application object, which outlives every context, and check
        // the guard there: checking it here could race with the context's deletion.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, finish, outcome] {
                if (guard)
                    (*finish)(std::move(**outcome));
            },
            Qt::QueuedConnection);
    });
}

} // namespace rebound
