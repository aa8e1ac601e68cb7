#pragma once
#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>
#include <QTranslator>
#include <memory>
#include <vector>

namespace rebound {

// The languages Rebound speaks and the translators that make it speak one. The .qm
// files are compiled into the library (qrc:/i18n/rebound_<code>.qm).
class Translations : public QObject {
    Q_OBJECT
public:
    struct Language {
        QString code; // "en", "de", ...
        QString name; // in its own language: "Deutsch"
    };

    // The languages a user can pick, English first. "pseudo" (long, accented text
    // for layout tests) is accepted by apply() but not offered.
    static QList<Language> available();
    static constexpr const char *kPseudo = "pseudo";
    static bool isOffered(const QString &code);
    static QString nativeName(const QString &code); // "" when not offered

    // The language a choice means: "" follows the system's preferred languages,
    // the first one Rebound has; anything unknown ends in English.
    static QString resolve(const QString &choice, const QLocale &system = QLocale::system());

    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    // Installs the translators for a choice and makes its locale the default one
    // (dates and numbers in QML follow Qt.locale()). Returns the resolved code.
    QString apply(const QString &choice, const QLocale &system = QLocale::system());
    QString current() const { return m_current; }

signals:
    void changed();

private:
    void removeInstalled();

    std::vector<std::unique_ptr<QTranslator>> m_installed;
    QString m_current;
};

} // namespace rebound
