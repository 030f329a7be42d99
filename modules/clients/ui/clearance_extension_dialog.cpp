#include "clients/ui/clearance_extension_dialog.h"

#include <wx/datectrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "clients/client_service.h"
#include "clients/ui/chart_text.h"
#include "common/ui/form_grid.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"

namespace knotwork::clients::ui {

using namespace knotwork::ui;

namespace {

constexpr int kSuggestedDays = 30;

} // namespace

ClearanceExtensionDialog::ClearanceExtensionDialog(wxWindow* parent, ClientService& service, ClientId client,
                                                   const Clearance& lapsed)
    : RecordDialog(parent, _("Extend a lapsed clearance"), "clearance-extension-dialog"),
      m_service(service),
      m_client(client),
      m_clearance(lapsed.id)
{
    FormGrid form(this, _("Extension"), markers());
    auto* what = new wxStaticText(
        form.parent(), wxID_ANY,
        wxString::Format(_("Cleared on %s by %s for: %s. It lapsed on %s."), formatDate(lapsed.clearedOn),
                         knotwork::ui::toWx(lapsed.providerName.empty() ? std::string(_("the provider on file"))
                                                                        : lapsed.providerName),
                         issuesText(lapsed.covers), formatDate(lapsed.expiresOn, wxString())));
    what->Wrap(FromDIP(520));
    form.addWide(what);
    m_extendedTo = new wxDatePickerCtrl(form.parent(), wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                                        wxDP_DROPDOWN | wxDP_SHOWCENTURY, wxDefaultValidator, "extension.extended_to");
    m_extendedTo->SetValue(toWxDate(service.today() + boost::gregorian::days(kSuggestedDays)));
    form.add(_("Holds &until *"), m_extendedTo, FieldWidth::Natural);
    m_reason = form.addMultiLine(_("&Reason *"), "extension.reason", 3);
    m_reason->SetHint(_("Why it is safe to go on until the new letter comes"));
    form.addNote(_("Only once, only when nothing new was found, for at most 90 days. The reason is printed on "
                   "reports; ask the provider for a new clearance."));
    markUnchanged();

    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(form.sizer(), wxSizerFlags(1).Expand());
    setBody(body, _("E&xtend clearance"));
    SetMinSize(FromDIP(wxSize(560, -1)));
    Fit();
    Centre();
}

void ClearanceExtensionDialog::save()
{
    ClearanceExtension extension;
    if (const auto day = fromWxDate(m_extendedTo->GetValue()))
        extension.extendedTo = *day;
    extension.reason = typedText(*m_reason);
    m_service.extendClearance(m_client, m_clearance, extension);
}

} // namespace knotwork::clients::ui
