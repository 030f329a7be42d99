#include "reports/ui/progress_report_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "clients/client_choices.h"
#include "common/ui/wx_date.h"
#include "common/error.h"
#include "common/ui/wx_text.h"
#include "reports/progress_report.h"

namespace knotwork::reports::ui {

using namespace knotwork::ui;

ProgressReportDialog::ProgressReportDialog(wxWindow* parent, sharing::SharingService& sharing, Notifier& notifier,
                                           clients::ClientId client, const wxString& clientName,
                                           std::optional<clients::ProviderId> recipient)
    : DocumentDialog(parent, wxString::Format(_("Progress report for %s"), clientName), "progress-report-dialog",
                     sharing, notifier),
      m_client(client), m_clientName(clientName)
{
    m_recipients = sharing.recipientsFor(client);
    wxSizer* fields = buildFields();
    for (std::size_t i = 0; i < m_recipients.size(); ++i)
        if (recipient ? m_recipients[i].provider.id == *recipient : m_recipients[i].sharingConsent) {
            m_recipient->SetSelection(static_cast<int>(i));
            break;
        }
    if (m_recipient->GetSelection() == wxNOT_FOUND && !m_recipients.empty())
        m_recipient->SetSelection(0);
    finishLayout(fields, wxSize(1180, 800));
}

wxSizer* ProgressReportDialog::buildFields()
{
    auto* fields = new wxBoxSizer(wxVERTICAL);
    wxStaticText* label = addLabel(*fields, _("&Recipient"));
    m_recipient = new wxChoice(fieldsParent(), wxID_ANY);
    labelField(*label, *m_recipient);
    m_recipient->SetName("recipient");
    for (const sharing::Recipient& recipient : m_recipients) {
        const wxString role = toWx(labelOf(recipient.provider.role));
        m_recipient->Append(recipient.sharingConsent
                                ? wxString::Format("%s (%s)", toWx(recipient.provider.name), role)
                                : wxString::Format(_("%s (%s): no consent to share"), toWx(recipient.provider.name), role));
    }
    fields->Add(m_recipient, wxSizerFlags().Expand().Border(wxBOTTOM, 16));

    label = addLabel(*fields, _("Period &from"));
    m_from = new wxDatePickerCtrl(fieldsParent(), wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                                  wxDP_DROPDOWN | wxDP_SHOWCENTURY | wxDP_ALLOWNONE);
    labelField(*label, *m_from);
    m_from->SetName("period-from");
    m_from->SetValue(wxDateTime());  // none: from the first visit
    m_from->SetToolTip(_("Leave empty to start at the first visit (the start of care)."));
    fields->Add(m_from, wxSizerFlags().Expand().Border(wxBOTTOM, 8));
    label = addLabel(*fields, _("Period &to"));
    m_to = new wxDatePickerCtrl(fieldsParent(), wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                                wxDP_DROPDOWN | wxDP_SHOWCENTURY | wxDP_ALLOWNONE);
    labelField(*label, *m_to);
    m_to->SetName("period-to");
    m_to->SetValue(wxDateTime());  // none: today, or the day a completed or discontinued plan ended
    m_to->SetToolTip(_("Leave empty to end today, or on the day a completed or discontinued plan ended."));
    fields->Add(m_to, wxSizerFlags().Expand().Border(wxBOTTOM, 16));


    m_assessment = std::make_unique<AssessmentFields>(fieldsParent(), *fields, fieldsWidth());

    label = addLabel(*fields, _("Re&commendations"));
    m_recommendations = new wxTextCtrl(fieldsParent(), wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(300, 90)),
                                       wxTE_MULTILINE);
    labelField(*label, *m_recommendations);
    m_recommendations->SetName("recommendations");
    fields->Add(m_recommendations, wxSizerFlags().Expand().Border(wxBOTTOM, 8));
    label = addLabel(*fields, _("&Questions for the recipient"));
    m_questions = new wxTextCtrl(fieldsParent(), wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(300, 66)),
                                 wxTE_MULTILINE);
    labelField(*label, *m_questions);
    m_questions->SetName("questions");
    fields->Add(m_questions, wxSizerFlags().Expand().Border(wxBOTTOM, 8));

    auto* update = new wxButton(fieldsParent(), wxID_ANY, _("&Update preview"));
    update->SetName("update-preview");
    fields->Add(update, wxSizerFlags().Border(wxBOTTOM, 12));

    update->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { updatePreview(); });
    m_recipient->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { updatePreview(); });
    m_from->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { updatePreview(); });
    m_to->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { updatePreview(); });
    return fields;
}

sharing::ProgressReportRequest ProgressReportDialog::request() const
{
    const int chosen = m_recipient->GetSelection();
    if (chosen == wxNOT_FOUND)
        throw ValidationError("recipient", "required",
                              toUtf8(_("Recipient: add the provider to the client's care team first (Edit intake… "
                                       "on their chart, Care team).")));
    sharing::ProgressReportRequest asked;
    asked.client = m_client;
    asked.recipient = m_recipients[static_cast<std::size_t>(chosen)].provider.id;
    asked.from = knotwork::ui::fromWxDate(m_from->GetValue());
    asked.to = knotwork::ui::fromWxDate(m_to->GetValue());
    asked.recommendations = toUtf8(m_recommendations->GetValue());
    asked.questions = toUtf8(m_questions->GetValue());
    asked.assessment = m_assessment->block();
    return asked;
}

ReportPages ProgressReportDialog::layoutPages(TextMeasurer& measurer)
{
    const sharing::ProgressReportData data = sharing().progressReport(request());
    m_assessment->showFacts(data);
    return layoutProgressReport(data, measurer);
}

void ProgressReportDialog::checkBeforeSaving()
{
    sharing().progressReportToSend(request());
}

bool ProgressReportDialog::refuseOnField(const ValidationError& error)
{
    return m_assessment->showProblem(error);
}

ExportedReport ProgressReportDialog::exportTo(ReportExporter& exporter, const std::filesystem::path& file)
{
    return exporter.progressReport(request(), file);
}

wxString ProgressReportDialog::suggestedFileName()
{
    const Date day = knotwork::ui::fromWxDate(m_to->GetValue()).value_or(sharing().today());
    return reportFileName(_("Progress report"), m_clientName, toWx(isoDate(day)));
}

} // namespace knotwork::reports::ui
