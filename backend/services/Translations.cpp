#include "Translations.h"

#include "core/Logging.h"

#include <QCoreApplication>

namespace rebound {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");

} // namespace

QList<Translations::Language> Translations::available() {
    // Names stay untranslated: a user lost in a foreign language finds their own.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

bool Translations::isOffered(const QString &code) {
    return !nativeName(code).isEmpty();
}

QString Translations::nativeName(const QString &code) {
    for (const auto &l : available())
        if (l.code == code)
            return l.name;
    return {};
}

QString Translations::resolve(const QString &choice, const QLocale &system) {
    if (choice == QLatin1String(kPseudo) || isOffered(choice))
        return choice;
    for (const QString &ui : system.uiLanguages()) {
        const QString language = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isOffered(language))
            return language;
    }
    return QStringLiteral("en");
}

Translations::Translations(QObject *parent)
    : QObject(parent) {}

Translations::~Translations() {
    removeInstalled();
}

void Translations::removeInstalled() {
    for (auto &t : m_installed)
        QCoreApplication::removeTranslator(t.get());
    m_installed.clear();
}

QString Translations::apply(const QString &choice, const QLocale &system) {
    const QString code = resolve(choice, system);
    removeInstalled();
    // English plural forms first ("1 change" / "2 changes"); the chosen language,
    // installed last, is asked first.
    QStringList files{QStringLiteral("rebound_en")};
    if (code != QLatin1String("en"))
        files.append(QStringLiteral("rebound_") + code);
    for (const QString &file : files) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(file, kResourceDir)) {
            qCWarning(lcUi) << "no translation file" << file;
            continue;
        }
        QCoreApplication::installTranslator(translator.get());
        m_installed.push_back(std::move(translator));
    }
    // The system's own locale when it speaks the language (de_AT stays Austrian);
    // the pseudo-localisation keeps the system's formats.
    if (code == QLatin1String(kPseudo) || system.language() == QLocale(code).language())
        QLocale::setDefault(system);
    else
        QLocale::setDefault(QLocale(code));
    const bool changedLanguage = code != m_current;
    m_current = code;
    if (changedLanguage)
        emit changed();
    return code;
}

} // namespace rebound
