#include "sessions/ui/unsigned_notes_panel.h"

#include "common/ui/report_errors.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_time.h"
#include "common/ui/wx_text.h"
#include "sessions/ui/session_text.h"

namespace knotwork::sessions::ui {

UnsignedNotesPanel::UnsignedNotesPanel(wxWindow* parent, Notifier& notifier, OpenNote open)
    : ShortListPanel(parent, "unsigned-notes", _("Unsigned notes"),
                     _("Drafts are not part of the record until they are signed. Finish them while the "
                       "visit is fresh.")),
      m_notifier(notifier),
      m_open(std::move(open))
{
}

void UnsignedNotesPanel::reload(SessionService* service)
{
    m_drafts.clear();
    if (service)
        knotwork::ui::reportErrors(m_notifier, _("Could not list the unsigned notes"),
                                  [&] { m_drafts = service->notes().drafts(); });
    std::vector<knotwork::ui::ShortListRow> rows;
    for (const DraftRef& draft : m_drafts) {
        const wxString name = knotwork::ui::toWx(draft.clientName);
        rows.push_back({name,
                        wxString::Format(_("visit of %s · last saved %s"), knotwork::ui::formatDate(draft.visitDate),
                                         knotwork::ui::formatMoment(draft.savedAt)),
                        _("Continue"), wxString::Format("continue-note-%lld", draft.id),
                        wxString::Format(_("Open the note of %s in the editor"), name),
                        [this, id = draft.id] { m_open(id); }});
    }
    setRows(rows);
}

} // namespace knotwork::sessions::ui
