#include "app/gui/practice_file_menu.h"

#include "app/gui/client_record_export.h"
#include "app/gui/main_frame.h"
#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_panel.h"
#include "app/gui/passphrase_change.h"
#include "app/gui/practice_transfer.h"

namespace knotwork::gui {

using clients::ui::MenuPlace;

void addPracticeFileItems(MainFrame& frame)
{
    frame.addMenuItem({.place = MenuPlace::File, .label = _("Pass&phrase…"),
                       .help = _("Encrypt the practice with a passphrase, change it or remove it"),
                       .run = [&frame] { changePassphraseOfOpenPractice(frame); },
                       .enabled = [&frame] { return frame.practice() != nullptr && !frame.showingDemo()
                                                    && !frame.onClinicServer(); },
                       .whyDisabled = [&frame] {
                           return frame.onClinicServer()
                               ? _("A practice on a clinic server has no passphrase: the encrypted connection "
                                   "and your login protect it")
                               : wxString();
                       },
                       .separatorBefore = true, .accelerator = "Ctrl+Shift+J"});
    frame.addMenuItem({.place = MenuPlace::File, .label = _("E&xport practice…"),
                       .help = _("Write every record into one archive in Knotwork's open format"),
                       .run = [&frame] { exportOpenPractice(frame); },
                       .enabled = [&frame] { return frame.practice() != nullptr; }, .accelerator = "Ctrl+Shift+E"});
    frame.addMenuItem({.place = MenuPlace::File, .label = _("&Import practice…"),
                       .help = _("Make a new practice from an exported archive"),
                       .run = [&frame] { importPracticeFromArchive(frame); }, .accelerator = "Ctrl+Shift+O"});
    frame.addMenuItem({.place = MenuPlace::Client, .label = _("E&xport record…"),
                       .help = _("Write the chosen client's whole record for them: a PDF and an open archive"),
                       .run = [&frame] { exportChosenClientRecord(frame); },
                       .enabled = [&frame] { return frame.practice() && frame.clients().chart().clientId() != 0; },
                       .accelerator = "Ctrl+Shift+X"});
}

} // namespace knotwork::gui
