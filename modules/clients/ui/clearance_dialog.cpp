#include "clients/ui/clearance_dialog.h"

#include <wx/button.h>
#include <wx/combobox.h>
#include <wx/datectrl.h>
#include <wx/filepicker.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "clients/client_service.h"
#include "clients/ui/attachment_file.h"
#include "common/ui/choice_text.h"
#include "common/ui/file_dialogs.h"
#include "common/ui/form_grid.h"
#include "common/ui/optional_date_field.h"
#include "clients/ui/provider_directory.h"
#include "clients/ui/safety_badge.h"
#include "common/ui/wx_date.h"
#include "clients/validation.h"
#include "common/ui/wx_text.h"

namespace knotwork::clients::ui {

using namespace knotwork::ui;

namespace {

// "• Recent head or neck injury", one line per issue.
wxString bulletList(const std::set<SafetyIssue>& issues)
{
    wxString lines;
    for (const Choice<SafetyIssue>& choice : choices<SafetyIssue>())
        if (issues.contains(choice.value))
            lines += (lines.empty() ? wxString() : wxString("\n")) + wxString::Format(_("• %s"), labelText(choice.value));
    return lines;
}

} // namespace

ClearanceDialog::ClearanceDialog(wxWindow* parent, ClientService& service, ClientId client)
    : RecordDialog(parent, _("Record a medical clearance"), "clearance-dialog"),
      m_service(service),
      m_client(client),
      m_directory(std::make_unique<ProviderDirectory>(service.providers()))
{
    const ClientChart chart = service.clients().chart(client);
    m_before = service.assess(chart);

    FormGrid covers(this, wxString::Format(_("Clearance for %s"), knotwork::ui::toWx(fullName(chart.client))), markers());
    auto* status = new wxBoxSizer(wxHORIZONTAL);
    auto* badge = new SafetyBadge(covers.parent());
    badge->setAssessment(m_before);
    status->Add(badge, wxSizerFlags().CentreVertical().Border(wxRIGHT, relatedGap(*this)));
    const bool anythingOpen = !m_before.openIssues.empty();
    status->Add(new wxStaticText(covers.parent(), wxID_ANY,
                                 anythingOpen ? _("Once saved, this clearance covers:")
                                              : _("Nothing is waiting for a clearance: the latest screening has no "
                                                  "open red flag or contraindication.")),
                wxSizerFlags().CentreVertical());
    covers.addWide(status);
    if (anythingOpen) {
        auto* issues = new wxStaticText(covers.parent(), wxID_ANY, bulletList(m_before.openIssues),
                                        wxDefaultPosition, wxDefaultSize, 0, "clearance.covers");
        issues->SetFont(issues->GetFont().Bold());
        covers.addWide(issues);
        covers.addNote(_("A red flag found at a later screening opens the status again."));
    }

    FormGrid form(this, _("Clearance"), markers());
    m_provider = new wxComboBox(form.parent(), wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                m_directory->labels(), wxCB_DROPDOWN, wxDefaultValidator, "clearance.provider_id");
    m_provider->SetHint(_("Choose or type the provider's name"));
    showProvidersByName(*m_provider, *m_directory,
                        _("Choose a provider from the directory, or type the name of one who is not in it."));
    form.add(_("Cleared &by *"), m_provider);
    m_clearedOn = new wxDatePickerCtrl(form.parent(), wxID_ANY, wxDateTime::Today(), wxDefaultPosition, wxDefaultSize,
                                       wxDP_DROPDOWN | wxDP_SHOWCENTURY, wxDefaultValidator, "clearance.cleared_on");
    m_clearedOn->SetValue(toWxDate(service.today()));
    form.add(_("&Date cleared *"), m_clearedOn, FieldWidth::Natural);
    m_conditions = form.addMultiLine(_("C&onditions"), "clearance.conditions", 2);
    m_conditions->SetToolTip(_("Any limits the provider set, e.g. no neck manipulation"));
    m_expiresOn = new OptionalDateField(form.parent(), "clearance.expires_on", _("Expires"));
    form.add(_("E&xpiry"), m_expiresOn, FieldWidth::Natural);
    m_letter = new FilePicker(form.parent(), wxID_ANY, wxString(), _("Choose the scanned letter"),
                              letterWildcard(), wxDefaultPosition, wxDefaultSize,
                              wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL, wxDefaultValidator,
                              "clearance.letter");
    form.add(_("Scanned &letter"), m_letter, FieldWidth::Full);
    form.addNote(_("The letter (PDF, PNG or JPEG) is copied into the practice, so backups carry it."));
    markUnchanged();

    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(covers.sizer(), wxSizerFlags().Expand().Border(wxBOTTOM, groupGap(*this)));
    body->Add(form.sizer(), wxSizerFlags(1).Expand());
    setBody(body, _("&Save clearance"));
    FindWindow(wxID_OK)->Enable(anythingOpen);
    SetMinSize(FromDIP(wxSize(620, -1)));
    Fit();
    Centre();
}

ClearanceDialog::~ClearanceDialog() = default;

void ClearanceDialog::save()
{
    Clearance clearance;
    const wxString provider = m_provider->GetValue().Strip(wxString::both);
    if (const auto at = m_directory->find(provider))
        clearance.providerId = m_directory->providers()[*at].id;
    else
        clearance.providerName = knotwork::ui::toUtf8(provider);
    if (const auto day = fromWxDate(m_clearedOn->GetValue()))
        clearance.clearedOn = *day;
    clearance.conditions = typedText(*m_conditions);
    clearance.expiresOn = m_expiresOn->date();

    Validator problems;
    const std::optional<Attachment> letter = readAttachment(m_letter->GetPath(), "clearance.letter", problems);
    if (!problems.ok()) {
        validateClearance(clearance, std::nullopt, m_service.today(), problems);
        problems.throwIfAny();
    }
    m_service.recordClearance(m_client, clearance, letter);
}

} // namespace knotwork::clients::ui
