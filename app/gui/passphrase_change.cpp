#include "app/gui/passphrase_change.h"

#include <wx/utils.h>

#include "app/gui/main_frame.h"
#include "app/gui/passphrase_dialog.h"
#include "app/practice/practice_context.h"
#include "app/practice/practice_passphrase.h"
#include "common/notifier.h"
#include "common/ui/wx_text.h"

namespace knotwork::gui {

namespace {

wxString doneMessage(PassphraseDialog::Mode mode)
{
    switch (mode) {
    case PassphraseDialog::Mode::Set:
        return _("The practice is encrypted now: it opens only with its passphrase. Its backups and "
                 "exports are encrypted with the same passphrase.");
    case PassphraseDialog::Mode::Change:
        return _("The passphrase was changed: the practice opens only with the new one. Backups made "
                 "before open with the passphrase they were made with.");
    case PassphraseDialog::Mode::Remove:
        break;
    }
    return _("The practice is no longer encrypted: it opens without a passphrase. Backups made before "
             "still need the passphrase they were made with.");
}

} // namespace

void changePassphraseOfOpenPractice(MainFrame& frame)
{
    app::PracticeContext* practice = frame.practice();
    if (!practice || frame.showingDemo() || frame.onClinicServer())
        return;
    PassphraseDialog dialog(&frame, practice->database().encrypted(),
                            [current = practice->database().passphrase()](const std::string& typed) {
                                return typed == current;
                            });
    if (dialog.ShowModal() != wxID_OK || !dialog.chosen())
        return;
    const std::string chosen = *dialog.chosen();
    bool changed = false;
    {
        wxBusyCursor busy;  // the whole practice is written anew
        changed = frame.changePracticeFile([&](const std::filesystem::path& file, const std::string& current) {
            app::changePassphrase(file, current, chosen, frame.actor());
            return chosen;
        });
    }
    if (changed)
        frame.notifier().showInformation(ui::toUtf8(_("Passphrase")), ui::toUtf8(doneMessage(dialog.mode())));
}

} // namespace knotwork::gui
