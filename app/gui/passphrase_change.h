#pragma once

namespace knotwork::gui {

class MainFrame;

// File › Passphrase…: asks how (PassphraseDialog), then writes the open practice anew with the
// new passphrase, or none (app::changePassphrase, through MainFrame::changePracticeFile), and
// says what it did. Nothing without an open practice, nor for the demo practice.
void changePassphraseOfOpenPractice(MainFrame& frame);

} // namespace knotwork::gui
