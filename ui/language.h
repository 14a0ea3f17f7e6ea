#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace sdrs {

/// The languages the program is translated into, and which one it starts in.
namespace language {

/// The settings key of the chosen language: empty for the system's, else "en", "de", "zh_CN".
QString settingsKey();
/// The language chosen in the Language menu (empty: the system's).
QString chosen();
void setChosen(const QString &code);
/// The codes the program offers: "en", "de", "zh_CN".
QStringList available();
/// The name of a language in that language ("Deutsch"), for the menu.
QString nativeName(const QString &code);

/// Installs the translators for `code` (empty: the system locale's first UI language that is
/// available): the program's own texts and Qt's (standard buttons and dialogs). Returns the
/// language in use ("en" when nothing was loaded). Call before any window is built.
QString install(QCoreApplication &app, const QString &code);

} // namespace language
} // namespace sdrs
