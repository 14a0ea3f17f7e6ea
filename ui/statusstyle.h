#pragma once

#include "vocabulary.h"

#include <QColor>
#include <QIcon>

class QPalette;

namespace sdrs::ui {

/// The colour of a status tone that reads well on the palette's base colour (light or dark).
QColor toneColor(StatusTone tone, const QPalette &palette);
/// A small filled circle (with a distinct shape per tone, so colour is not the only cue) in
/// toneColor(), cached per tone and palette.
QIcon toneIcon(StatusTone tone, const QPalette &palette);

} // namespace sdrs::ui
