#include "reports/ui/reports_tab.h"

#include <algorithm>
#include <tuple>
#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

#include "clients/client.h"
#include "common/ui/report_errors.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "common/ui/wrapping_text.h"
#include "reports/ui/progress_report_dialog.h"
#include "disclosures/disclosure_choices.h"

namespace knotwork::reports::ui {

using knotwork::ui::toWx;

ReportsTab::ReportsTab(wxWindow* parent, Notifier& notifier)
    : wxScrolled<wxPanel>(parent, wxID_ANY), m_notifier(notifier),
      m_runDialog(showModally())
{
    SetName("reports-tab");
    SetScrollRate(0, FromDIP(10));  // a short chart scrolls the tab rather than squeezing the log
    const wxString introText = _("Everything sent about this client: each document written to a file, for whom, "
                                 "and its SHA-256, so a copy shown later can be matched to this log.");
    auto* intro = new knotwork::ui::WrappingText(this, introText, "reports-intro");
    m_log = new knotwork::ui::TextTable(this, "disclosure-log", _("Sent about this client"),
                                        {{_("Sent"), 90}, {_("Document"), 120}, {_("For"), 170},
                                         {_("Period"), 190}, {_("File"), 220}, {_("SHA-256"), 130}});
    // Its columns would otherwise set the tab's width, and the buttons above could not wrap.
    m_log->SetMinSize(FromDIP(wxSize(200, 110)));
    // Wrapping to a second line on a narrow chart rather than clipping a button.
    auto* documents = new wxWrapSizer(wxHORIZONTAL);
    const std::tuple<wxString, const char*, wxString, RecordDocument> offered[] = {
        {_("Signed &note as PDF…"), "save-note-pdf",
         _("The chosen visit's signed note, for the client's record or a provider the client consented to share with"),
         RecordDocument::Note},
        {_("Home-care &handout…"), "home-care-handout",
         _("One page for the client to take home: the home care a signed note gave, in plain words"),
         RecordDocument::Handout},
        {_("&Intake summary as PDF…"), "save-intake-pdf",
         _("The intake, screening, clearances and consents, for the client's record or a provider"),
         RecordDocument::IntakeSummary}};
    for (const auto& [label, name, tooltip, document] : offered) {
        auto* button = new wxButton(this, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, name);
        button->SetToolTip(tooltip);
        button->Bind(wxEVT_BUTTON, [this, document](wxCommandEvent&) { saveRecordDocument(document); });
        documents->Add(button, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, 8));
        m_documentButtons.push_back(button);
    }

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(intro, wxSizerFlags().Expand().Border(wxALL, 12));
    column->Add(documents, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 12));
    column->Add(m_log, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 12));
    SetSizer(column);
    // The intro and the buttons wrap to the width there is: the scrolled area follows their height.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] { FitInside(); });
    });
}

std::vector<clients::ui::ChartAction> ReportsTab::actions()
{
    return {{_("&Report…"), "progress-report", _("Write a progress report for a provider on the care team"),
             [this] { writeProgressReport(); }, [this](const clients::ui::ChartContext&) { return m_service != nullptr; }}};
}

void ReportsTab::setServices(sharing::SharingService* sharing, sessions::SessionService* sessions)
{
    m_service = sharing;
    m_sessions = sessions;
    clear();
}

void ReportsTab::show(const clients::ui::ChartContext& context)
{
    m_client = context.chart.client.id;
    m_clientName = toWx(clients::fullName(context.chart.client));
    m_hasSignedNote = false;
    if (m_sessions)
        knotwork::ui::reportErrors(m_notifier, _("Could not read the session notes"), [this] {
            m_hasSignedNote = std::ranges::any_of(m_sessions->history(m_client), [](const sessions::NoteSummary& note) {
                return note.status == sessions::NoteStatus::Signed;
            });
        });
    m_documentButtons[0]->Enable(canSave(true));
    m_documentButtons[1]->Enable(canSave(true));
    m_documentButtons[2]->Enable(canSave(false));
    reload();
}

void ReportsTab::clear()
{
    m_client = 0;
    m_hasSignedNote = false;
    for (wxButton* button : m_documentButtons)
        button->Disable();
    m_log->setRows({});
}

bool ReportsTab::canSave(bool needsSignedNote) const
{
    return m_service && m_sessions && m_client != 0 && (!needsSignedNote || m_hasSignedNote);
}

std::vector<sessions::NoteSummary> ReportsTab::signedNotes() const
{
    std::vector<sessions::NoteSummary> notes;
    knotwork::ui::reportErrors(m_notifier, _("Could not read the session notes"), [&] {
        for (const sessions::NoteSummary& note : m_sessions->history(m_client))
            if (note.status == sessions::NoteStatus::Signed)
                notes.push_back(note);
    });
    return notes;
}

void ReportsTab::saveRecordDocument(RecordDocument document, std::optional<sessions::NoteId> note)
{
    if (!canSave(false))
        return;
    std::vector<sessions::NoteSummary> notes;
    if (document != RecordDocument::IntakeSummary)
        notes = signedNotes();
    RecordDocumentDialog dialog(wxGetTopLevelParent(this), *m_service, m_notifier, document, m_client, m_clientName,
                                std::move(notes), note);
    m_runDialog(dialog);
    reload();
}

void ReportsTab::reload()
{
    m_log->setRows({});
    if (!m_service || m_client == 0)
        return;
    knotwork::ui::reportErrors(m_notifier, _("Could not read what was sent"), [this] {
        std::vector<knotwork::ui::TextTable::Row> rows;
        for (const disclosures::Disclosure& sent : m_service->disclosures(m_client)) {
            const wxString period = sent.periodFrom && sent.periodTo
                                        ? wxString::Format(_("%s to %s"), knotwork::ui::formatDate(*sent.periodFrom),
                                                           knotwork::ui::formatDate(*sent.periodTo))
                                        : wxString();
            rows.push_back({{knotwork::ui::formatDate(sent.disclosedAt), toWx(labelOf(sent.kind)),
                             sent.recipientName.empty() ? _("Client's record (no recipient)") : toWx(sent.recipientName),
                             period, toWx(sent.fileName), toWx(sent.sha256.substr(0, 16)) + "…"}});
        }
        m_log->setRows(std::move(rows));
    });
}

void ReportsTab::writeProgressReport()
{
    if (!m_service || m_client == 0)
        return;
    ProgressReportDialog dialog(wxGetTopLevelParent(this), *m_service, m_notifier, m_client, m_clientName);
    m_runDialog(dialog);
    reload();
}

} // namespace knotwork::reports::ui
