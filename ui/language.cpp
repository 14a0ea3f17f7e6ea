#include "ui/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace sdrs::language {

QString settingsKey()
{
    return QStringLiteral("view/language");
}

QString chosen()
{
    return QSettings().value(settingsKey()).toString();
}

void setChosen(const QString &code)
{
    QSettings().setValue(settingsKey(), code);
}

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")};
}

QString nativeName(const QString &code)
{
    if (code == QLatin1StringView("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1StringView("zh_CN"))
        return QStringLiteral("\u7b80\u4f53\u4e2d\u6587");
    return QStringLiteral("English");
}

namespace {

/// The available language that serves `locale` best: "de" for de_AT, "zh_CN" for zh_Hans_CN.
QString bestFor(const QLocale &locale)
{
    for (const QString &ui : locale.uiLanguages()) {
        const QLocale l(ui);
        if (l.language() == QLocale::German)
            return QStringLiteral("de");
        if (l.language() == QLocale::Chinese && l.script() != QLocale::TraditionalChineseScript &&
            l.territory() != QLocale::Taiwan && l.territory() != QLocale::HongKong)
            return QStringLiteral("zh_CN");
        if (l.language() == QLocale::English || l.language() == QLocale::C)
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

} // namespace

QString install(QCoreApplication &app, const QString &code)
{
    const QString use = available().contains(code) ? code : bestFor(QLocale::system());
    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/sdrs-failures_%1.qm").arg(use))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    if (use == QLatin1StringView("en"))
        return use; // the plural forms of the English texts; Qt's own are English already
    // Qt's own texts (standard buttons, file dialogs), where the system has them installed.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(use),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(use));
    return use;
}

} // namespace sdrs::language
