#include "sessions/ui/addendum_dialog.h"

#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "common/ui/form_grid.h"
#include "sessions/ui/session_text.h"

namespace knotwork::sessions::ui {

AddendumDialog::AddendumDialog(wxWindow* parent, SessionService& service, const SoapNote& note)
    : RecordDialog(parent, _("Add an addendum"), "addendum-dialog"),
      m_service(service),
      m_note(note.id)
{
    knotwork::ui::FormGrid form(this, visitTitle(note.visitDate, note.visitTime), markers());
    m_text = form.addMultiLine(_("&Addendum *"), "addendum", 6);
    m_text->SetHint(_("What to correct or add, e.g. the client called: the headache returned the next day"));
    form.addNote(_("The signed note is kept as it is. The addendum is added under it with today's date, the "
                   "time and your name, and can no longer be changed once added."));
    markUnchanged();

    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(form.sizer(), wxSizerFlags(1).Expand());
    setBody(body, _("&Add addendum"));
    SetMinSize(FromDIP(wxSize(560, -1)));
    Fit();
    Centre();
    m_text->SetFocus();
}

void AddendumDialog::save()
{
    m_service.addAddendum(m_note, knotwork::ui::typedText(*m_text));
}

} // namespace knotwork::sessions::ui
