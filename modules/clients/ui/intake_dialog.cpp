#include "clients/ui/intake_dialog.h"

#include <algorithm>
#include <set>
#include <wx/persist/toplevel.h>
#include <wx/sizer.h>

#include "clients/client_service.h"
#include "common/error.h"
#include "common/ui/conflict_dialog.h"
#include "common/ui/form_grid.h"
#include "common/ui/form_message_bar.h"
#include "common/ui/scrolling_form.h"
#include "common/ui/section_index.h"
#include "clients/ui/consent_dialog.h"
#include "clients/ui/intake_care_section.h"
#include "clients/ui/intake_consents_section.h"
#include "clients/ui/intake_headache_section.h"
#include "clients/ui/intake_health_section.h"
#include "clients/ui/intake_field_texts.h"
#include "clients/ui/intake_identity_section.h"
#include "clients/ui/intake_screening_section.h"
#include "clients/validation.h"
#include "common/ui/wx_text.h"

namespace knotwork::clients::ui {

using namespace knotwork::ui;
using knotwork::ui::ConflictChoice;

namespace {

std::set<IntakeDialog*>& openDialogs()
{
    static std::set<IntakeDialog*> dialogs;
    return dialogs;
}

wxString titleFor(const std::optional<IntakeRecord>& existing)
{
    if (!existing || existing->client.id == 0)
        return _("New client: intake");
    return wxString::Format(_("Intake: %s"), knotwork::ui::toWx(fullName(existing->client)));
}

} // namespace

IntakeDialog::IntakeDialog(wxWindow* parent, ClientService& service, std::optional<IntakeRecord> existing)
    : RecordDialog(parent, titleFor(existing), "intake-dialog"),
      m_service(service),
      m_record(existing.value_or(IntakeRecord{}))
{
    ClientChart chart;
    if (m_record.client.id != 0)
        chart = service.clients().chart(m_record.client.id);

    m_body = new ScrollingForm(this, "intake-form");  // as wide as its widest row
    m_sections.push_back(std::make_unique<IntakeIdentitySection>(m_body, markers()));
    m_sections.push_back(std::make_unique<IntakeCareSection>(m_body, markers(), service));
    m_sections.push_back(std::make_unique<IntakeHeadacheSection>(m_body, markers()));
    m_sections.push_back(std::make_unique<IntakeHealthSection>(m_body, markers()));
    auto screening = std::make_unique<IntakeScreeningSection>(m_body, markers(), service.today(), chart);
    m_screening = screening.get();
    m_sections.push_back(std::move(screening));
    auto consents = std::make_unique<IntakeConsentsSection>(m_body, markers(), service, m_record.client.id,
                                                            [this] { openConsents(); });
    m_consents = consents.get();
    m_sections.push_back(std::move(consents));

    auto* form = new wxBoxSizer(wxVERTICAL);
    for (const auto& section : m_sections)
        form->Add(section->sizer(), wxSizerFlags().Expand().Border(wxBOTTOM, groupGap(*this)));
    // Room on the right so the scroll bar never covers a field.
    auto* margins = new wxBoxSizer(wxVERTICAL);
    margins->Add(form, wxSizerFlags(1).Expand().Border(wxRIGHT, groupGap(*this)));
    m_body->SetSizer(margins);

    m_index = new SectionIndex(this, *m_body,
                               {{_("Identity"), 'I', m_sections[0]->top(), nullptr},
                                {_("Care team, diagnosis"), 'C', m_sections[1]->top(), nullptr},
                                {_("Headache history"), 'H', m_sections[2]->top(), nullptr},
                                {_("Health, lifestyle"), 'L', m_sections[3]->top(), nullptr},
                                {_("Safety screening"), 'S', m_sections[4]->top(), nullptr},
                                {_("Consents"), 'O', m_sections[5]->top(), nullptr}},
                               "intake-sections");
    m_index->MoveBeforeInTabOrder(m_body);  // it stands left of the form: Tab reaches it first
    auto* body = new wxBoxSizer(wxHORIZONTAL);
    body->Add(m_index, wxSizerFlags().Border(wxRIGHT, groupGap(*this)));
    body->Add(m_body, wxSizerFlags(1).Expand());
    setBody(body, _("&Save"));

    showRecord(m_record);
    openDialogs().insert(this);
    // A diagnosis or a health flag changes the status the screening shows.
    const auto preview = [this](wxCommandEvent& event) {
        event.Skip();
        previewScreening();
    };
    m_body->Bind(wxEVT_CHECKBOX, preview);
    m_body->Bind(wxEVT_CHOICE, preview);

    SetMinSize(FromDIP(wxSize(640, 480)));
    // As wide as the index and the form's widest row need: the form scrolls down, never sideways.
    SetSize(wxSize(std::max(FromDIP(900), GetBestSize().x), FromDIP(760)));
    wxPersistentRegisterAndRestore(this, "IntakeDialog");
    m_body->FitInside();
    Centre();
}

IntakeDialog::~IntakeDialog()
{
    openDialogs().erase(this);
}

void IntakeDialog::showRecord(const IntakeRecord& record)
{
    m_record = record;
    for (const auto& section : m_sections)
        section->load(m_record);
    m_screening->preview(m_record);
    markUnchanged();
}

void IntakeDialog::showChangesMadeElsewhere(ClientId id)
{
    for (IntakeDialog* dialog : openDialogs())
        if (dialog->m_record.client.id != 0 && (id == 0 || dialog->m_record.client.id == id))
            dialog->changedElsewhere();
}

void IntakeDialog::changedElsewhere()
{
    IntakeRecord stored;
    try {
        stored = m_service.clients().chart(m_record.client.id).intakeRecord();
    } catch (const Error&) {
        return;  // saving says what is wrong
    }
    if (stored.client.rowVersion == m_record.client.rowVersion || stored.client.rowVersion == m_versionShownInConflict)
        return;  // a part of the record this form does not edit, or a version the conflict showed
    if (!hasChanges()) {
        showRecord(stored);  // nothing typed here to keep
        return;
    }
    messageBar().showError(_("Changed at another desk: Save shows both versions."));
    makeRoom();
}

wxScrolledWindow& IntakeDialog::body() const
{
    return *m_body;
}

void IntakeDialog::makeRoom()
{
    // The form scrolls: the person chose the dialog's size, keep it.
    Layout();
    m_body->FitInside();
}

void IntakeDialog::openConsents()
{
    if (m_record.client.id == 0) {
        // Consents are recorded for a client on file: this one is saved first, then the caller
        // opens their consents.
        if (attempt([this] { save(); })) {
            m_consentsNext = true;
            finish(wxID_OK);
        }
        return;
    }
    ConsentDialog dialog(this, m_service, m_record.client.id);
    if (dialog.ShowModal() == wxID_OK) {
        m_consentsChanged = true;
        m_consents->refresh();
    }
}

void IntakeDialog::previewScreening()
{
    IntakeRecord record = m_record;
    Validator unreadable;
    for (const auto& section : m_sections)
        section->store(record, unreadable);
    m_screening->preview(record);
}

void IntakeDialog::save()
{
    IntakeRecord record = m_record;
    Validator problems;  // what the form cannot even read, such as a number that is not one
    for (const auto& section : m_sections)
        section->store(record, problems);
    if (!problems.ok()) {
        // Show those with everything else the rules find, all at once.
        validateIntake(record, m_service.today(), problems);
        problems.throwIfAny();
    }
    try {
        m_savedId = m_service.saveIntake(record);
    } catch (const ConflictError&) {
        if (record.client.id == 0)
            throw;
        resolveConflict(std::move(record));
    }
}

void IntakeDialog::resolveConflict(IntakeRecord mine)
{
    const IntakeRecord theirs = m_service.clients().chart(mine.client.id).intakeRecord();
    const wxString what = wxString::Format(_("%s's intake"), toWx(fullName(theirs.client)));
    switch (askAboutConflict(this, what, intakeFieldTexts(mine), intakeFieldTexts(theirs))) {
    case ConflictChoice::KeepMine:
        mine.client.rowVersion = theirs.client.rowVersion;
        m_savedId = m_service.saveIntake(mine);
        return;
    case ConflictChoice::TakeTheirs:
        showRecord(theirs);
        throw ConflictError(_("The intake as saved at the other desk is shown now; nothing of yours was saved."));
    case ConflictChoice::GoBack:
        break;
    }
    m_versionShownInConflict = theirs.client.rowVersion;
    throw ConflictError(_("Nothing was saved: this client's intake was saved at another desk since you opened "
                          "it. What you typed is still here; Save shows both versions again."));
}

} // namespace knotwork::clients::ui
