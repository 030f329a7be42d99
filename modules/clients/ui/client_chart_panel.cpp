#include "clients/ui/client_chart_panel.h"

#include <wx/button.h>
#include <wx/notebook.h>
#include <wx/settings.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>
#include <wx/wrapsizer.h>

#include "clients/ui/chart_documents_page.h"
#include "clients/ui/chart_header.h"
#include "clients/ui/chart_intake_page.h"
#include "clients/ui/chart_overview_page.h"
#include "clients/ui/clearance_dialog.h"
#include "clients/ui/clearance_extension_dialog.h"
#include "clients/ui/consent_dialog.h"
#include "clients/ui/intake_dialog.h"
#include "common/ui/accessibility.h"
#include "common/ui/report_errors.h"
#include "common/ui/scrolling_body.h"
#include "clients/ui/withdraw_flag_dialog.h"
#include "common/ui/spacing.h"
#include "common/ui/wx_text.h"

namespace knotwork::clients::ui {

using knotwork::ui::reportErrors;

namespace {

using knotwork::ui::kWindowMargin;
constexpr int kTabsLeast = 360;

} // namespace

ClientChartPanel::ClientChartPanel(wxWindow* parent, Notifier& notifier, Changed changed)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "client-chart"),
      m_notifier(notifier),
      m_changed(std::move(changed))
{
    m_book = new wxSimplebook(this);
    auto* nothing = new wxPanel(m_book, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "no-chart");
    auto* hint = new wxStaticText(nothing, wxID_ANY, _("Choose a client in the list to see their chart."));
    knotwork::ui::setAccessibleName(*nothing, hint->GetLabelText());
    hint->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    auto* centred = new wxBoxSizer(wxVERTICAL);
    centred->AddStretchSpacer();
    centred->Add(hint, wxSizerFlags().Center());
    centred->AddStretchSpacer();
    nothing->SetSizer(centred);
    m_book->AddPage(nothing, wxString());
    m_book->AddPage(buildChart(m_book), wxString());

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_book, wxSizerFlags(1).Expand());
    SetSizer(sizer);
}

wxWindow* ClientChartPanel::buildChart(wxWindow* parent)
{
    auto* chart = new knotwork::ui::ScrollingBody(parent, "chart-body", wxVERTICAL);  // scrolls on a small screen
    m_header = new ChartHeader(chart, [this] { editConsents(); });
    m_tabs = new wxNotebook(chart, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, "chart-tabs");
    m_tabs->SetMinSize(wxSize(FromDIP(kTabsLeast), -1));  // the tabs fit the chart's width, not their widest page
    m_overview = new ChartOverviewPage(m_tabs, {[this] { withdrawFlag(); }, [this] { extendClearance(); }});
    m_intake = new ChartIntakePage(m_tabs, m_notifier);
    m_documents = new ChartDocumentsPage(m_tabs, m_notifier);
    m_tabs->AddPage(m_overview, _("Overview"));
    m_tabs->AddPage(m_intake, _("Intake && screening"));
    m_addedTabsAt = m_tabs->GetPageCount();
    m_tabs->AddPage(m_documents, _("Documents"));

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(m_header, wxSizerFlags().Expand().Border(wxALL, FromDIP(kWindowMargin)));
    column->Add(buildActions(chart), wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, FromDIP(kWindowMargin)));
    column->AddSpacer(FromDIP(kWindowMargin - 8));  // the buttons keep 8 below each line of them
    column->Add(m_tabs, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8)));
    chart->SetSizer(column);
    return chart;
}

wxSizer* ClientChartPanel::buildActions(wxWindow* parent)
{
    auto* intake = new wxButton(parent, wxID_ANY, _("&Edit intake…"), wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "edit-intake");
    m_clearanceButton = new wxButton(parent, wxID_ANY, _("&Record clearance…"), wxDefaultPosition,
                                     wxDefaultSize, 0, wxDefaultValidator, "record-clearance");
    auto* consents = new wxButton(parent, wxID_ANY, _("Co&nsents…"), wxDefaultPosition, wxDefaultSize, 0,
                                  wxDefaultValidator, "consents");
    m_archiveButton = new wxButton(parent, wxID_ANY, _("&Archive…"), wxDefaultPosition, wxDefaultSize, 0,
                                   wxDefaultValidator, "archive");
    intake->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { editIntake(); });
    m_clearanceButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { recordClearance(); });
    consents->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { editConsents(); });
    m_archiveButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { archiveOrRestore(); });

    // Created after the tabs, shown above them: Tab reaches them first, as they are seen.
    for (wxButton* button : {intake, m_clearanceButton, consents, m_archiveButton})
        button->MoveBeforeInTabOrder(m_tabs);
    m_actionRow = new wxWrapSizer(wxHORIZONTAL);  // a second line on a narrow screen, never clipped
    for (wxButton* button : {intake, m_clearanceButton, consents})
        m_actionRow->Add(button, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, FromDIP(8)));
    m_actionRow->AddStretchSpacer();
    m_actionRow->Add(m_archiveButton, wxSizerFlags().Border(wxBOTTOM, FromDIP(8)));
    return m_actionRow;
}

ChartTab& ClientChartPanel::addTab(const wxString& title, const TabFactory& create)
{
    ChartTab* tab = create(m_tabs);
    m_tabs->InsertPage(m_addedTabsAt++, tab->window(), title);
    m_addedTabs.push_back(tab);

    wxWindow* parent = m_header->GetParent();
    for (ChartAction& action : tab->actions()) {
        auto* button = new wxButton(parent, wxID_ANY, action.label, wxDefaultPosition, wxDefaultSize, 0,
                                    wxDefaultValidator, action.name);
        button->SetToolTip(action.tooltip);
        button->Bind(wxEVT_BUTTON, [run = std::move(action.run)](wxCommandEvent&) { run(); });
        // Shown before the chart's own actions: reached by Tab before them too.
        button->MoveBeforeInTabOrder(m_actionRow->GetItem(m_addedActions.size())->GetWindow());
        m_actionRow->Insert(m_addedActions.size(), button, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, FromDIP(8)));
        m_addedActions.push_back({button, std::move(action.enabled)});
    }
    if (m_context)
        display();
    else
        tab->clear();
    return *tab;
}

void ClientChartPanel::showTab(const wxString& windowName)
{
    for (std::size_t page = 0; page < m_tabs->GetPageCount(); ++page)
        if (m_tabs->GetPage(page)->GetName() == windowName)
            m_tabs->SetSelection(page);
}

void ClientChartPanel::setService(ClientService* service)
{
    m_service = service;
    clear();
}

void ClientChartPanel::showClient(ClientId id)
{
    if (!m_service || id == 0) {
        clear();
        return;
    }
    const bool another = id != clientId();
    const bool read = reportErrors(m_notifier, _("Could not open the chart"), [&] {
        m_context = loadChartContext(*m_service, id);
    });
    if (!read) {
        clear();
        return;
    }
    display();
    if (auto* body = dynamic_cast<wxScrolledWindow*>(m_header->GetParent()); body && another)
        body->Scroll(0, 0);  // a new client's chart opens at who they are
}

void ClientChartPanel::reload()
{
    if (const ClientId id = clientId())
        showClient(id);
}

void ClientChartPanel::clear()
{
    m_context.reset();
    for (ChartTab* tab : m_addedTabs)
        tab->clear();
    m_book->ChangeSelection(0);
}

void ClientChartPanel::display()
{
    Freeze();
    m_header->show(*m_context);
    m_overview->show(*m_context);
    m_intake->show(*m_context);
    m_documents->show(*m_context);
    for (ChartTab* tab : m_addedTabs)
        tab->show(*m_context);
    for (const AddedAction& action : m_addedActions)
        action.button->Enable(!action.enabled || action.enabled(*m_context));
    m_clearanceButton->Enable(clearanceNeeded());
    m_clearanceButton->SetToolTip(clearanceNeeded() ? _("Record a provider's go-ahead for massage")
                                                    : _("Nothing in the latest screening needs a clearance"));
    m_archiveButton->SetLabel(clientArchived() ? _("Re&store") : _("&Archive…"));
    m_book->ChangeSelection(1);
    Layout();
    Thaw();
}

void ClientChartPanel::afterDialog(int result)
{
    if (result == wxID_OK)
        recordChanged();
}

void ClientChartPanel::recordChanged()
{
    const ClientId id = clientId();
    reload();
    if (m_changed)
        m_changed(id);
}

void ClientChartPanel::editIntake()
{
    if (!m_context)
        return;
    IntakeDialog dialog(this, *m_service, m_context->chart.intakeRecord());
    const int result = dialog.ShowModal();
    afterDialog(dialog.consentsChanged() ? wxID_OK : result);
}

void ClientChartPanel::recordClearance()
{
    if (!clearanceNeeded())
        return;
    ClearanceDialog dialog(this, *m_service, clientId());
    afterDialog(dialog.ShowModal());
}

void ClientChartPanel::withdrawFlag()
{
    if (!m_context || m_context->assessment.withdrawableFlags().empty())
        return;
    WithdrawFlagDialog dialog(this, *m_service, clientId());
    afterDialog(dialog.ShowModal());
}

void ClientChartPanel::extendClearance()
{
    if (!m_context || !m_context->assessment.extendableClearanceId)
        return;
    for (const Clearance& clearance : m_context->chart.clearances)
        if (clearance.id == *m_context->assessment.extendableClearanceId) {
            ClearanceExtensionDialog dialog(this, *m_service, clientId(), clearance);
            afterDialog(dialog.ShowModal());
            return;
        }
}

void ClientChartPanel::editConsents()
{
    if (!m_context)
        return;
    ConsentDialog dialog(this, *m_service, clientId());
    afterDialog(dialog.ShowModal());
}

void ClientChartPanel::archiveOrRestore()
{
    if (!m_context)
        return;
    const ClientId id = clientId();
    if (clientArchived()) {
        if (reportErrors(m_notifier, _("Could not restore the client"), [&] { m_service->restore(id); }))
            afterDialog(wxID_OK);
        return;
    }
    wxTextEntryDialog ask(this,
                          wxString::Format(_("Archive %s? Their records are kept, and they no longer "
                                             "appear among active clients. Why are they archived?"),
                                           knotwork::ui::toWx(fullName(m_context->chart.client))),
                          _("Archive client"), wxString(), wxOK | wxCANCEL | wxCENTRE);
    ask.SetName("archive-reason");
    if (ask.ShowModal() != wxID_OK)
        return;
    const std::string reason = knotwork::ui::toUtf8(ask.GetValue());
    if (reportErrors(m_notifier, _("Could not archive the client"), [&] { m_service->archive(id, reason); }))
        afterDialog(wxID_OK);
}

} // namespace knotwork::clients::ui
