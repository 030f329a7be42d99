#pragma once

namespace knotwork::gui {

class MainFrame;

// The menu items of what is done to the practice file as a whole: File › Passphrase…, Export
// practice…, Import practice…, and Client › Export record… (the chosen client's record).
void addPracticeFileItems(MainFrame& frame);

} // namespace knotwork::gui
