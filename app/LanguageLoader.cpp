#include "LanguageLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLanguageLoader, "comptoir.app.languageloader")

LanguageLoader::LanguageLoader(QObject *parent)
    : QObject(parent)
{}

QString LanguageLoader::resolve(Settings::Language choice, const QLocale &system)
{
    switch (choice) {
    case Settings::Language::French:
        return u"fr"_s;
    case Settings::Language::English:
        return u"en"_s;
    case Settings::Language::System:
        break;
    }
    return system.language() == QLocale::French ? u"fr"_s : u"en"_s;
}

bool LanguageLoader::apply(const QString &language)
{
    if (m_app) {
        QCoreApplication::removeTranslator(m_app);
        delete m_app;
        m_app = nullptr;
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt);
        delete m_qt;
        m_qt = nullptr;
    }
    m_current = language;
    // Burkina Faso's French: "15 000 FCFA" and French dates.
    QLocale::setDefault(language == "fr"_L1 ? QLocale(QLocale::French, QLocale::BurkinaFaso)
                                            : QLocale(QLocale::English, QLocale::UnitedStates));
    m_app = new QTranslator(this);
    const bool loaded = m_app->load(u":/i18n/comptoir_"_s + language + u".qm"_s);
    if (loaded)
        QCoreApplication::installTranslator(m_app);
    else
        qCWarning(lcLanguageLoader) << "no translation for" << language;
    m_qt = new QTranslator(this);
    if (m_qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    return loaded;
}
