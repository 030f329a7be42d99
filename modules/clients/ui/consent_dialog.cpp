#include "clients/ui/consent_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "clients/client_service.h"
#include "common/ui/choice_text.h"
#include "common/ui/ellipsized_choice.h"
#include "common/ui/field_naming.h"
#include "common/ui/form_grid.h"
#include "common/ui/text_table.h"
#include "clients/ui/provider_directory.h"
#include "common/ui/work_area.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"

namespace knotwork::clients::ui {

using namespace knotwork::ui;

namespace {

std::optional<Date> askRevokeDate(wxWindow* parent, const Date& today)
{
    wxDialog dialog(parent, wxID_ANY, _("Revoke consent"));
    auto* question = new wxStaticText(&dialog, wxID_ANY, _("On which day did the client revoke this consent?"));
    auto* picker = new wxDatePickerCtrl(&dialog, wxID_ANY, toWxDate(today), wxDefaultPosition, wxDefaultSize,
                                        wxDP_DROPDOWN | wxDP_SHOWCENTURY, wxDefaultValidator, "consent.revoked_on");
    nameField(*question, *picker);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int gap = groupGap(dialog);
    sizer->Add(question, wxSizerFlags().Border(wxALL, gap));
    sizer->Add(picker, wxSizerFlags().Border(wxLEFT | wxRIGHT, gap));
    wxStdDialogButtonSizer* buttons = dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    buttons->GetAffirmativeButton()->SetLabel(_("&Revoke"));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, gap));
    dialog.SetSizerAndFit(sizer);
    dialog.Centre();
    keepWithinWorkArea(dialog);
    if (dialog.ShowModal() != wxID_OK)
        return std::nullopt;
    return fromWxDate(picker->GetValue());
}

} // namespace

ConsentDialog::ConsentDialog(wxWindow* parent, ClientService& service, ClientId client)
    : RecordDialog(parent, _("Consents"), "consent-dialog"),
      m_service(service),
      m_client(client),
      m_directory(std::make_unique<ProviderDirectory>(service.providers()))
{
    m_askRevokeDate = [this](const Consent&) { return askRevokeDate(this, m_service.today()); };
    const ClientChart chart = service.clients().chart(client);
    SetTitle(wxString::Format(_("Consents: %s"), knotwork::ui::toWx(fullName(chart.client))));

    FormGrid onFile(this, _("Consents on file"), markers());
    m_list = new TextTable(onFile.parent(), "consent.list", _("Consents on file"),
                           {{_("Consent"), 230}, {_("Provider"), 170}, {_("Given"), 95}, {_("Version"), 70},
                            {_("Revoked"), 95}},
                           FromDIP(wxSize(-1, 150)));
    onFile.addWide(m_list, 1);
    m_revoke = new wxButton(onFile.parent(), wxID_ANY, _("&Revoke…"), wxDefaultPosition, wxDefaultSize, 0,
                            wxDefaultValidator, "consent.revoke");
    onFile.addNatural(m_revoke);
    m_list->onSelectionChanged([this] { enableControls(); });
    m_revoke->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { revokeSelected(); });

    FormGrid add(this, _("Add a consent"), markers());
    auto* kinds = new wxBoxSizer(wxVERTICAL);
    m_treatment = new wxRadioButton(add.parent(), wxID_ANY, labelText(ConsentKind::Treatment), wxDefaultPosition,
                                    wxDefaultSize, wxRB_GROUP, wxDefaultValidator, "consent.kind.treatment");
    m_share = new wxRadioButton(add.parent(), wxID_ANY, labelText(ConsentKind::ShareRecords), wxDefaultPosition,
                                wxDefaultSize, 0, wxDefaultValidator, "consent.kind.share_records");
    m_policy = new wxRadioButton(add.parent(), wxID_ANY, labelText(ConsentKind::CancellationPolicy),
                                 wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                                 "consent.kind.cancellation_policy");
    kinds->Add(m_treatment);
    kinds->Add(m_share, wxSizerFlags().Border(wxTOP, relatedGap(*this)));
    kinds->Add(m_policy, wxSizerFlags().Border(wxTOP, relatedGap(*this)));
    add.add(_("&Kind"), kinds, m_treatment, "consent.kind");
    m_provider = new knotwork::ui::EllipsizedChoice(add.parent(), m_directory->labels(), "consent.provider_id");
    add.add(_("Share &with"), m_provider);
    m_givenOn = new wxDatePickerCtrl(add.parent(), wxID_ANY, toWxDate(service.today()), wxDefaultPosition,
                                     wxDefaultSize, wxDP_DROPDOWN | wxDP_SHOWCENTURY, wxDefaultValidator,
                                     "consent.given_on");
    add.add(_("&Given on"), m_givenOn, FieldWidth::Natural);
    m_version = add.addText(_("&Version of the form"), "consent.wording_version");
    m_version->SetHint(_("e.g. 2026-01"));
    auto* addButton = new wxButton(add.parent(), wxID_ANY, _("&Add consent"), wxDefaultPosition, wxDefaultSize, 0,
                                   wxDefaultValidator, "consent.add");
    add.addNatural(addButton);
    for (wxRadioButton* kind : {m_treatment, m_share, m_policy})
        kind->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent& event) {
            enableControls();
            fillWordingVersion();
            event.Skip();
        });
    addButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addConsent(); });

    m_consents = chart.consents;
    showConsents();
    markUnchanged();

    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(onFile.sizer(), wxSizerFlags(1).Expand().Border(wxBOTTOM, groupGap(*this)));
    body->Add(add.sizer(), wxSizerFlags().Expand());
    setBody(body, wxString());
    Fit();
    SetMinSize(GetSize());
    Centre();
}

ConsentDialog::~ConsentDialog() = default;

void ConsentDialog::showConsents()
{
    std::vector<TextTable::Row> rows;
    for (const Consent& consent : m_consents) {
        wxString provider;
        if (consent.providerId)
            if (const auto at = m_directory->indexOf(*consent.providerId))
                provider = knotwork::ui::toWx(m_directory->providers()[*at].name);
        rows.push_back({{labelText(consent.kind), provider, formatDate(consent.givenOn),
                         knotwork::ui::toWx(consent.wordingVersion), formatDate(consent.revokedOn, wxString())}});
    }
    m_list->setRows(std::move(rows));
    enableControls();
}

void ConsentDialog::enableControls()
{
    const std::optional<std::size_t> selected = m_list->selectedRow();
    m_revoke->Enable(selected && !m_consents.at(*selected).revokedOn);
    m_provider->Enable(m_share->GetValue());
}

ConsentKind ConsentDialog::chosenKind() const
{
    if (m_share->GetValue())
        return ConsentKind::ShareRecords;
    return m_policy->GetValue() ? ConsentKind::CancellationPolicy : ConsentKind::Treatment;
}

void ConsentDialog::fillWordingVersion()
{
    // What the person typed stays; a version filled in for another kind gives way.
    if (!m_version->IsEmpty() && trimmedText(*m_version) != m_filledVersion)
        return;
    m_filledVersion = m_service.currentWordingVersion(chosenKind());
    m_version->ChangeValue(knotwork::ui::toWx(m_filledVersion));
}

void ConsentDialog::save()
{
    Consent consent;
    consent.kind = chosenKind();
    const int provider = m_provider->GetSelection();
    if (consent.kind == ConsentKind::ShareRecords && provider != wxNOT_FOUND)
        consent.providerId = m_directory->providers().at(static_cast<std::size_t>(provider)).id;
    if (const auto day = fromWxDate(m_givenOn->GetValue()))
        consent.givenOn = *day;
    consent.wordingVersion = trimmedText(*m_version);
    m_service.recordConsent(m_client, consent);
}

void ConsentDialog::addConsent()
{
    if (!attempt([this] { save(); }))
        return;
    m_consents = m_service.clients().chart(m_client).consents;
    showConsents();
    m_version->Clear();
    fillWordingVersion();
    m_provider->SetSelection(wxNOT_FOUND);
    markUnchanged();
}

void ConsentDialog::revokeSelected()
{
    const std::optional<std::size_t> selected = m_list->selectedRow();
    if (!selected)
        return;
    const Consent consent = m_consents.at(*selected);
    const std::optional<Date> day = m_askRevokeDate(consent);
    if (!day)
        return;
    const bool changedBefore = hasChanges();
    if (!attempt([&] { m_service.revokeConsent(m_client, consent.id, *day); }))
        return;
    if (changedBefore)
        markChanged();  // what is typed under "Add a consent" is still not saved
    m_consents = m_service.clients().chart(m_client).consents;
    showConsents();
}

} // namespace knotwork::clients::ui
