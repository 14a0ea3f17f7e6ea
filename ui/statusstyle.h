#pragma once

#include "models/vocabulary.h"

#include <QColor>
#include <QIcon>

class QPalette;

namespace sdrs::ui {

/// The colour of a status tone that reads well on the palette's base colour: darker shades on a
/// light base, lighter ones on a dark base (chosen by the base colour's lightness).
QColor toneColor(StatusTone tone, const QPalette &palette);
/// A small symbol in toneColor() whose shape differs per tone, so that colour is not the only
/// cue: a disc with a cross (Failed), a disc with a check mark (Success), a clock (Running), a
/// ring with a dash (Neutral). Cached per tone and palette colours; for the GUI thread.
QIcon toneIcon(StatusTone tone, const QPalette &palette);

} // namespace sdrs::ui
