#include "sessions/ui/draft_recovery_bar.h"

#include "common/ui/report_errors.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_time.h"
#include "common/ui/wx_text.h"
#include "sessions/ui/draft_chooser_dialog.h"
#include "sessions/ui/session_text.h"

namespace knotwork::sessions::ui {

DraftRecoveryBar::DraftRecoveryBar(wxWindow* parent, Notifier& notifier, OpenNote open)
    : wxInfoBar(parent), m_notifier(notifier), m_open(std::move(open)), m_openId(wxWindow::NewControlId())
{
    SetName("draft-recovery");
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { openDrafts(); }, m_openId);
}

void DraftRecoveryBar::check(SessionService* service)
{
    m_drafts.clear();
    if (service)
        knotwork::ui::reportErrors(m_notifier, _("Could not look for unsigned notes"),
                                  [&] { m_drafts = service->notes().drafts(); });
    if (m_drafts.empty()) {
        m_message.clear();
        Dismiss();
        return;
    }
    // The button says "Open the note" or "Open them…".
    if (HasButtonId(m_openId))
        RemoveButton(m_openId);
    if (m_drafts.size() == 1) {
        const DraftRef& draft = m_drafts.front();
        AddButton(m_openId, _("Open the note"));
        m_message = wxString::Format(_("The session note of %s (visit of %s) is not signed yet. It was kept "
                                       "as a draft, last saved %s."),
                                     knotwork::ui::toWx(draft.clientName),
                                     knotwork::ui::formatDate(draft.visitDate), knotwork::ui::formatMoment(draft.savedAt));
    } else {
        const int count = static_cast<int>(m_drafts.size());
        AddButton(m_openId, _("Open them…"));
        m_message = wxString::Format(wxPLURAL("%d session note is not signed yet. It was kept as a draft.",
                                              "%d session notes are not signed yet. They were kept as drafts.",
                                              count),
                                     count);
    }
    ShowMessage(m_message, wxICON_WARNING);
}

void DraftRecoveryBar::openDrafts()
{
    std::vector<NoteId> chosen;
    if (m_drafts.size() == 1) {
        chosen.push_back(m_drafts.front().id);
    } else if (!m_drafts.empty()) {
        DraftChooserDialog dialog(this, m_drafts);
        if (dialog.ShowModal() != wxID_OK)
            return;
        chosen = dialog.chosen();
    }
    if (chosen.empty())
        return;
    Dismiss();
    for (const NoteId id : chosen)
        m_open(id);
}

} // namespace knotwork::sessions::ui
