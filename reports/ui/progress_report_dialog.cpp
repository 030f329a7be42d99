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
#include "common/ui/scrolling_body.h"
#include "common/ui/work_area.h"
#include "common/ui/wx_date.h"
#include "common/error.h"
#include "common/ui/wx_text.h"
#include "reports/progress_report.h"
#include "reports/report_exporter.h"
#include "reports/ui/report_preview.h"

namespace knotwork::reports::ui {

using namespace knotwork::ui;

ProgressReportDialog::ProgressReportDialog(wxWindow* parent, sharing::SharingService& sharing, Notifier& notifier,
                                           clients::ClientId client, const wxString& clientName,
                                           std::optional<clients::ProviderId> recipient)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("Progress report for %s"), clientName), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_sharing(sharing), m_notifier(notifier), m_client(client), m_clientName(clientName)
{
    SetName("progress-report-dialog");
    m_recipients = m_sharing.recipientsFor(client);
    m_preview = new ReportPreview(this);

    auto* fields = new ScrollingBody(this, "report-fields", wxVERTICAL);  // scrolls on a small screen
    fields->hold(buildFields(), 12);
    auto* body = new wxBoxSizer(wxHORIZONTAL);
    body->Add(fields, wxSizerFlags().Expand());
    body->Add(m_preview, wxSizerFlags(1).Expand().Border(wxTOP | wxRIGHT | wxBOTTOM, 12));

    m_save = new wxButton(this, wxID_SAVE, _("&Save…"));
    m_saveAndOpen = new wxButton(this, wxID_ANY, _("Save and &open…"));
    m_saveAndOpen->SetName("save-and-open");
    auto* close = new wxButton(this, wxID_CLOSE, _("Close"));
    m_save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(false); });
    m_saveAndOpen->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(true); });
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); });
    SetEscapeId(wxID_CLOSE);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    buttons->Add(m_save, wxSizerFlags().Border(wxRIGHT, 8));
    buttons->Add(m_saveAndOpen, wxSizerFlags().Border(wxRIGHT, 8));
    buttons->Add(close);

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(body, wxSizerFlags(1).Expand());
    column->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 12));
    SetSizer(column);

    for (std::size_t i = 0; i < m_recipients.size(); ++i)
        if (recipient ? m_recipients[i].provider.id == *recipient : m_recipients[i].sharingConsent) {
            m_recipient->SetSelection(static_cast<int>(i));
            break;
        }
    if (m_recipient->GetSelection() == wxNOT_FOUND && !m_recipients.empty())
        m_recipient->SetSelection(0);
    SetSize(FromDIP(wxSize(1120, 760)));
    CentreOnParent();
    keepWithinWorkArea(*this);
    updatePreview();
}

wxSizer* ProgressReportDialog::buildFields()
{
    auto* fields = new wxBoxSizer(wxVERTICAL);
    auto label = [&](const wxString& text) {
        fields->Add(new wxStaticText(this, wxID_ANY, text), wxSizerFlags().Border(wxBOTTOM, 4));
    };
    label(_("&Recipient"));
    m_recipient = new wxChoice(this, wxID_ANY);
    m_recipient->SetName("recipient");
    for (const sharing::Recipient& recipient : m_recipients) {
        const wxString role = toWx(labelOf(recipient.provider.role));
        m_recipient->Append(recipient.sharingConsent
                                ? wxString::Format("%s (%s)", toWx(recipient.provider.name), role)
                                : wxString::Format(_("%s (%s): no consent to share"), toWx(recipient.provider.name), role));
    }
    fields->Add(m_recipient, wxSizerFlags().Expand().Border(wxBOTTOM, 16));

    label(_("Period &from"));
    m_from = new wxDatePickerCtrl(this, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                                  wxDP_DROPDOWN | wxDP_SHOWCENTURY | wxDP_ALLOWNONE);
    m_from->SetName("period-from");
    m_from->SetValue(wxDateTime());  // none: from the first visit
    m_from->SetToolTip(_("Leave empty to start at the first visit (the start of care)."));
    fields->Add(m_from, wxSizerFlags().Expand().Border(wxBOTTOM, 8));
    label(_("Period &to"));
    m_to = new wxDatePickerCtrl(this, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                                wxDP_DROPDOWN | wxDP_SHOWCENTURY);
    m_to->SetName("period-to");
    fields->Add(m_to, wxSizerFlags().Expand().Border(wxBOTTOM, 16));

    label(_("Re&commendations"));
    m_recommendations = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(300, 110)),
                                       wxTE_MULTILINE);
    m_recommendations->SetName("recommendations");
    fields->Add(m_recommendations, wxSizerFlags().Expand().Border(wxBOTTOM, 8));
    label(_("&Questions for the recipient"));
    m_questions = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(300, 80)),
                                 wxTE_MULTILINE);
    m_questions->SetName("questions");
    fields->Add(m_questions, wxSizerFlags().Expand().Border(wxBOTTOM, 8));

    auto* update = new wxButton(this, wxID_ANY, _("&Update preview"));
    update->SetName("update-preview");
    fields->Add(update, wxSizerFlags().Border(wxBOTTOM, 12));
    m_problem = new wxStaticText(this, wxID_ANY, wxString());
    m_problem->SetName("report-problem");
    fields->Add(m_problem, wxSizerFlags().Expand());

    update->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { updatePreview(); });
    m_recipient->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { updatePreview(); });
    m_from->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { updatePreview(); });
    m_to->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { updatePreview(); });
    return fields;
}

std::optional<sharing::ProgressReportRequest> ProgressReportDialog::request()
{
    const int chosen = m_recipient->GetSelection();
    if (chosen == wxNOT_FOUND) {
        showProblem(_("Recipient: add the provider to the client's care team first (Intake › Care team)."));
        return std::nullopt;
    }
    sharing::ProgressReportRequest asked;
    asked.client = m_client;
    asked.recipient = m_recipients[static_cast<std::size_t>(chosen)].provider.id;
    asked.from = knotwork::ui::fromWxDate(m_from->GetValue());
    asked.to = knotwork::ui::fromWxDate(m_to->GetValue());
    asked.recommendations = toUtf8(m_recommendations->GetValue());
    asked.questions = toUtf8(m_questions->GetValue());
    return asked;
}

void ProgressReportDialog::showProblem(const wxString& message)
{
    m_problem->SetForegroundColour(wxColour(170, 40, 30));
    m_problem->SetLabel(message);
    m_problem->Wrap(FromDIP(300));
    const bool refused = !message.empty();
    m_save->Enable(!refused);
    m_saveAndOpen->Enable(!refused);
    Layout();
}

void ProgressReportDialog::updatePreview()
{
    const auto asked = request();
    if (!asked) {
        m_preview->clear(_("Nothing to preview yet."));
        return;
    }
    try {
        const sharing::ProgressReportData data = m_sharing.progressReport(*asked);
        m_preview->setReport(layoutProgressReport(data, m_measurer));
        showProblem(wxString());
    } catch (const Error& error) {
        // The fields stay as typed; the reason is shown beside them and nothing can be saved.
        m_preview->clear(_("No preview: see the reason on the left."));
        showProblem(toWx(error.what()));
    }
}

std::optional<std::filesystem::path> ProgressReportDialog::save(bool open)
{
    const auto asked = request();
    if (!asked)
        return std::nullopt;
    const Date day = knotwork::ui::fromWxDate(m_to->GetValue()).value_or(m_sharing.today());
    const auto file = m_askFile(this, reportFileName(_("Progress report"), m_clientName, toWx(isoDate(day))));
    if (!file)
        return std::nullopt;
    try {
        ReportExporter exporter(m_sharing);
        const ExportedReport exported = exporter.progressReport(*asked, *file);
        showProblem(wxString());
        m_problem->SetForegroundColour(GetForegroundColour());
        m_problem->SetLabel(wxString::Format(_("Saved %s (%d pages) and logged it in the client's chart."),
                                             toWx(file->filename().string()), exported.pageCount));
        if (open && !openInViewer(*file))
            m_notifier.showInformation(toUtf8(_("Report saved")),
                                       toUtf8(wxString::Format(_("No PDF viewer opened %s. The report is saved there."),
                                                               toWx(file->string()))));
        return file;
    } catch (const Error& error) {
        showProblem(toWx(error.what()));
        return std::nullopt;
    }
}

} // namespace knotwork::reports::ui
