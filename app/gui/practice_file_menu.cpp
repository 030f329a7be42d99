#include "app/gui/practice_file_menu.h"

#include "app/gui/main_frame.h"
#include "app/gui/passphrase_change.h"

namespace knotwork::gui {

using clients::ui::MenuPlace;

void addPracticeFileItems(MainFrame& frame)
{
    const auto ownPracticeOpen = [&frame] { return frame.practice() != nullptr && !frame.showingDemo(); };
    frame.addMenuItem({.place = MenuPlace::File, .label = _("Pass&phrase…"),
                       .help = _("Encrypt the practice with a passphrase, change it or remove it"),
                       .run = [&frame] { changePassphraseOfOpenPractice(frame); }, .enabled = ownPracticeOpen,
                       .separatorBefore = true, .accelerator = "Ctrl+Shift+K"});
}

} // namespace knotwork::gui
