#include "app/gui/practice_file_menu.h"

#include "app/gui/main_frame.h"
#include "app/gui/passphrase_change.h"
#include "app/gui/practice_transfer.h"

namespace knotwork::gui {

using clients::ui::MenuPlace;

void addPracticeFileItems(MainFrame& frame)
{
    const auto ownPracticeOpen = [&frame] { return frame.practice() != nullptr && !frame.showingDemo(); };
    frame.addMenuItem({.place = MenuPlace::File, .label = _("Pass&phrase…"),
                       .help = _("Encrypt the practice with a passphrase, change it or remove it"),
                       .run = [&frame] { changePassphraseOfOpenPractice(frame); }, .enabled = ownPracticeOpen,
                       .separatorBefore = true, .accelerator = "Ctrl+Shift+K"});
    frame.addMenuItem({.place = MenuPlace::File, .label = _("E&xport practice…"),
                       .help = _("Write every record into one archive in Knotwork's open format"),
                       .run = [&frame] { exportOpenPractice(frame); },
                       .enabled = [&frame] { return frame.practice() != nullptr; }, .accelerator = "Ctrl+Shift+E"});
    frame.addMenuItem({.place = MenuPlace::File, .label = _("&Import practice…"),
                       .help = _("Make a new practice from an exported archive"),
                       .run = [&frame] { importPracticeFromArchive(frame); }, .accelerator = "Ctrl+Shift+O"});
}

} // namespace knotwork::gui
