#include <boost/date_time/gregorian/gregorian.hpp>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/notebook.h>
#include <wx/scrolwin.h>
#include <wx/statusbr.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>

#include "client_views.h"
#include "app/practice/practice_context.h"
#include "sharing/sharing_service.h"
#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_model.h"
#include "clients/ui/client_list_panel.h"
#include "clients/ui/badge.h"
#include "clients/ui/safety_badge.h"
#include "common/ui/accessibility.h"
#include "common/ui/wx_text.h"
#include "app/gui/main_frame.h"
#include "gui_test_support.h"
#include "screenshot.h"

namespace knotwork::gui {
namespace {

using ::testing::AnyOf;
using ::testing::ElementsAre;
using ::testing::Field;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;
using testing::ListedRow;
using testing::RunningApp;
using testing::windowNamed;

std::string labelOf(const wxString& name)
{
    return ui::toUtf8(windowNamed<wxStaticText>(name).GetLabel());
}

class ClientChart : public testing::DemoPracticeTest {
protected:
    static clients::ui::ClientChartPanel& chart()
    {
        return windowNamed<clients::ui::ClientListPanel>("clients").chart();
    }
    static clients::ClientService& service() { return *RunningApp::mainFrame().clientService(); }

    // The first client the list shows with this filter.
    static ListedRow firstListed(clients::ClientFilter filter)
    {
        testing::chooseFilter(filter);
        const std::vector<ListedRow> rows = testing::listedRows("client-list");
        if (rows.empty())
            throw std::runtime_error("the demo practice lists nobody for this filter");
        return rows.front();
    }
};

TEST_F(ClientChart, ShowsWhoTheClientIsTheirBadgeAndTheTabs)
{
    const ListedRow blocked = firstListed(clients::ClientFilter::NeedsClearance);
    RunningApp::mainFrame().openClient(blocked.id);
    testing::processEvents();

    const clients::ClientChart stored = service().clients().chart(blocked.id);
    EXPECT_EQ(chart().clientId(), blocked.id);
    EXPECT_EQ(labelOf("chart-name"), clients::fullName(stored.client));
    EXPECT_THAT(labelOf("chart-diagnoses"), AnyOf(StartsWith("Dx on file: "), "Not diagnosed — refer to a provider"));
    auto& badge = windowNamed<clients::ui::SafetyBadge>("safety-badge");
    EXPECT_TRUE(badge.IsShown());
    EXPECT_EQ(ui::toUtf8(badge.text()), blocked.badge);
    EXPECT_THAT(ui::toUtf8(badge.GetToolTipText()), HasSubstr("before"));
    // Drawn, it says its word and why to a screen reader.
    EXPECT_EQ(ui::accessibleName(badge), badge.text());
    EXPECT_EQ(ui::accessibleDescription(badge), badge.GetToolTipText());
    EXPECT_TRUE(windowNamed<wxButton>("record-clearance").IsEnabled());

    auto& tabs = windowNamed<wxNotebook>("chart-tabs");
    std::vector<std::string> titles;
    for (std::size_t i = 0; i < tabs.GetPageCount(); ++i)
        titles.push_back(ui::toUtf8(tabs.GetPageText(i)));
    EXPECT_THAT(titles, ElementsAre("Overview", "Intake & screening", "Sessions", "Plan", "Progress", "Billing", "Reports", "Documents"));

    tabs.SetSelection(0);
    testing::saveScreenshot(RunningApp::mainFrame(), "client-chart");
    tabs.SetSelection(1);
    testing::saveScreenshot(RunningApp::mainFrame(), "client-chart-intake");
    tabs.SetSelection(0);
}

// The controls Tab reaches in the chart's header, its actions and the tabs, in Tab order (wx's
// Tab order is the order of a window's children).
std::vector<wxWindow*> headerTabStops()
{
    std::vector<wxWindow*> stops;
    for (wxWindow* child : windowNamed<wxWindow>("chart-body").GetChildren()) {
        if (child->GetName() == "chart-header") {
            for (wxWindow* inHeader : child->GetChildren())
                if (inHeader->IsShown() && inHeader->CanAcceptFocus())
                    stops.push_back(inHeader);
            continue;
        }
        if (!child->IsShown() || !child->CanAcceptFocus())
            continue;
        stops.push_back(child);
    }
    return stops;
}

TEST_F(ClientChart, TabGoesThroughTheHeaderAndItsActionsAsTheyAreSeen)
{
    clients::IntakeRecord record;
    record.client.familyName = "Aalto";
    record.client.givenNames = "Eero";
    record.screeningIssues = {clients::SafetyIssue::Positional};
    const clients::ClientId id = service().saveIntake(record);  // no consent: the header has a button
    RunningApp::mainFrame().openClient(id);
    testing::processEvents();

    const std::vector<wxWindow*> stops = headerTabStops();
    ASSERT_GE(stops.size(), 6u);
    std::vector<std::string> names;
    for (std::size_t at = 0; at < stops.size(); ++at) {
        names.push_back(ui::toUtf8(stops[at]->GetName()));
        if (at == 0)
            continue;
        // Left to right along a line, then down: the next stop is further right on the same
        // line, or on a line below.
        const wxRect before = stops[at - 1]->GetScreenRect();
        const wxRect next = stops[at]->GetScreenRect();
        const bool sameLine = next.GetTop() < before.GetBottom() && before.GetTop() < next.GetBottom();
        EXPECT_TRUE(sameLine ? next.GetLeft() > before.GetLeft() : next.GetTop() >= before.GetBottom())
            << names[at - 1] << " then " << names.back();
    }
    EXPECT_THAT(names, ::testing::IsSupersetOf({"record-treatment-consent", "progress-report", "edit-intake", "archive", "chart-tabs"}));
}

TEST_F(ClientChart, AMissingConsentToTreatmentIsSaidAtTheTopWithAWayToRecordIt)
{
    clients::IntakeRecord record;
    record.client.familyName = "Aalto";
    record.client.givenNames = "Ilona";
    record.screeningIssues = {clients::SafetyIssue::Positional};
    const clients::ClientId id = service().saveIntake(record);
    RunningApp::mainFrame().openClient(id);
    testing::processEvents();
    EXPECT_TRUE(windowNamed<wxStaticText>("chart-no-treatment-consent").IsShown());
    EXPECT_TRUE(windowNamed<wxButton>("record-treatment-consent").IsShown());
    EXPECT_TRUE(windowNamed<wxButton>("withdraw-flag").IsShown());
    EXPECT_THAT(labelOf("chart-no-treatment-consent"), HasSubstr("cannot be signed"));
    testing::saveScreenshot(RunningApp::mainFrame(), "client-chart-no-consent");

    clients::Consent consent;
    consent.givenOn = service().today();
    consent.wordingVersion = "2024-1";
    service().recordConsent(id, consent);
    chart().reload();
    testing::processEvents();
    EXPECT_FALSE(windowNamed<wxStaticText>("chart-no-treatment-consent").IsShown());
}

TEST_F(ClientChart, ConsentsAreOneClickFromTheHeaderWhereARefusedReportSendsYou)
{
    clients::Provider physio;
    physio.name = "Amélie Côté, pht";
    physio.role = clients::ProviderRole::PhysicalTherapist;
    physio.clinic = "Clinique de physiothérapie du Plateau";
    const clients::ProviderId physioId = service().saveProvider(physio);
    clients::IntakeRecord record;
    record.client.familyName = "Aalto";
    record.client.givenNames = "Mikko";
    record.careTeam = {{physioId, clients::CareRelation::Referring, std::nullopt, "Neck pain"}};
    const clients::ClientId id = service().saveIntake(record);
    RunningApp::mainFrame().openClient(id);
    testing::processEvents();

    auto& consents = windowNamed<wxButton>("consents");
    EXPECT_TRUE(consents.IsShownOnScreen());
    EXPECT_TRUE(consents.IsEnabled());
    const std::string label = ui::toUtf8(consents.GetLabelText());
    EXPECT_EQ(label, "Consents…");

    // The report refused for want of consent names this very button.
    sharing::ProgressReportRequest request;
    request.client = id;
    request.recipient = physioId;
    try {
        RunningApp::mainFrame().practice()->sharingService().progressReport(request);
        ADD_FAILURE() << "a report left without consent";
    } catch (const ValidationError& refused) {
        EXPECT_THAT(refused.what(), HasSubstr(label + " on their chart"));
    }

    std::string opened;
    testing::answerNextDialog([&](wxDialog& dialog) {
        opened = ui::toUtf8(dialog.GetName());
        testing::saveScreenshot(dialog, "consent-dialog-from-chart");
        dialog.EndModal(wxID_CANCEL);
    });
    wxCommandEvent pressed(wxEVT_BUTTON, consents.GetId());
    pressed.SetEventObject(&consents);
    consents.ProcessWindowEvent(pressed);
    testing::processEvents();
    EXPECT_EQ(opened, "consent-dialog");
    testing::saveScreenshot(RunningApp::mainFrame(), "client-chart-care-team");
}

TEST_F(ClientChart, PrecautionsShowAsABadgeThatSaysHowToTreat)
{
    clients::IntakeRecord record;
    record.client.familyName = "Aalto";
    record.client.givenNames = "Kaisa";
    record.intake.health.flags = {clients::HealthFlag::Osteoporosis, clients::HealthFlag::Anticoagulants};
    const clients::ClientId id = service().saveIntake(record);
    RunningApp::mainFrame().openClient(id);
    testing::processEvents();
    auto& badge = windowNamed<clients::ui::Badge>("precautions-badge");
    EXPECT_TRUE(badge.IsShown());
    EXPECT_EQ(ui::toUtf8(badge.text()), "Precautions");
    EXPECT_THAT(ui::toUtf8(badge.GetToolTipText()), HasSubstr("Osteoporosis (lighter pressure, no manipulation)"));
    EXPECT_EQ(ui::accessibleName(badge), "Precautions");
    EXPECT_THAT(ui::toUtf8(ui::accessibleDescription(badge)), HasSubstr("Osteoporosis"));
    EXPECT_FALSE(windowNamed<clients::ui::SafetyBadge>("safety-badge").IsShown()) << "a precaution never blocks";
    testing::saveScreenshot(RunningApp::mainFrame(), "client-chart-precautions");
}

TEST_F(ClientChart, AClientWithNothingFoundHasNoBadgeAndNeedsNoClearance)
{
    testing::chooseFilter(clients::ClientFilter::Active);
    const std::vector<ListedRow> rows = testing::listedRows("client-list");
    const auto clear = std::find_if(rows.begin(), rows.end(), [](const ListedRow& row) { return row.badge.empty(); });
    ASSERT_NE(clear, rows.end());
    RunningApp::mainFrame().openClient(clear->id);
    testing::processEvents();
    EXPECT_FALSE(windowNamed<clients::ui::SafetyBadge>("safety-badge").IsShown());
    EXPECT_FALSE(windowNamed<wxButton>("record-clearance").IsEnabled());
}

TEST_F(ClientChart, ArchivingAsksWhyAndTheClientLeavesTheActiveList)
{
    const ListedRow client = firstListed(clients::ClientFilter::Active);
    RunningApp::mainFrame().openClient(client.id);
    const std::size_t activeBefore = testing::listedRows("client-list").size();

    testing::answerNextDialog([](wxDialog& dialog) {
        auto& ask = dynamic_cast<wxTextEntryDialog&>(dialog);
        ask.SetValue("Moved to another city");
        ask.EndModal(wxID_OK);
    });
    chart().archiveOrRestore();
    testing::processEvents();

    const clients::ClientChart stored = service().clients().chart(client.id);
    EXPECT_TRUE(stored.client.archived);
    EXPECT_EQ(stored.client.archiveReason, "Moved to another city");
    EXPECT_THAT(labelOf("chart-details"), HasSubstr("archived"));
    EXPECT_EQ(ui::toUtf8(windowNamed<wxButton>("archive").GetLabelText()), "Restore");
    const std::vector<ListedRow> active = testing::listedRows("client-list");
    EXPECT_EQ(active.size(), activeBefore - 1);
    EXPECT_THAT(active, ::testing::Each(Field(&ListedRow::id, Not(client.id))));

    chart().archiveOrRestore();  // restoring asks nothing
    testing::processEvents();
    EXPECT_FALSE(service().clients().chart(client.id).client.archived);
    EXPECT_EQ(testing::listedRows("client-list").size(), activeBefore);
    EXPECT_EQ(ui::toUtf8(windowNamed<wxButton>("archive").GetLabelText()), "Archive…");
}

// The buttons, at any depth inside `window`, whose label is `label`.
int buttonsLabelled(wxWindow& window, const wxString& label)
{
    int found = 0;
    for (wxWindow* child : window.GetChildren()) {
        auto* button = dynamic_cast<wxButton*>(child);
        found += (button && button->GetLabelText() == label) ? 1 : buttonsLabelled(*child, label);
    }
    return found;
}

TEST_F(ClientChart, AClearanceAndItsLetterAreKeptWithTheChart)
{
    const ListedRow blocked = firstListed(clients::ClientFilter::NeedsClearance);
    auto& documents = windowNamed<wxWindow>("chart-documents");
    RunningApp::mainFrame().openClient(blocked.id);
    EXPECT_EQ(buttonsLabelled(documents, "Open letter"), 0);

    // What the clearance dialog saves: a provider's go-ahead with the scanned letter.
    clients::Clearance clearance;
    clearance.providerName = "Dr Ingrid Halvorsen";
    clearance.clearedOn = service().today();
    clearance.conditions = "No neck manipulation";
    clearance.expiresOn = service().today() + boost::gregorian::years(1);
    clients::Attachment letter;
    letter.fileName = "clearance-halvorsen.pdf";
    letter.mediaType = "application/pdf";
    letter.content = "%PDF-1.4\n% a scanned letter\n";
    service().recordClearance(blocked.id, clearance, letter);
    chart().recordChanged();
    testing::processEvents();

    EXPECT_THAT(ui::toUtf8(windowNamed<clients::ui::SafetyBadge>("safety-badge").text()), StartsWith("Cleared until "));
    EXPECT_FALSE(windowNamed<wxButton>("record-clearance").IsEnabled());
    EXPECT_EQ(buttonsLabelled(documents, "Open letter"), 1);
    EXPECT_EQ(buttonsLabelled(documents, "Save letter…"), 1);
    EXPECT_EQ(buttonsLabelled(windowNamed<wxWindow>("chart-intake"), "Open letter"), 1);
    // The list follows: a cleared client leaves the "Needs clearance" filter.
    for (const ListedRow& row : testing::listedRows("client-list"))
        EXPECT_NE(row.id, blocked.id);

    auto& tabs = windowNamed<wxNotebook>("chart-tabs");
    tabs.SetSelection(static_cast<std::size_t>(tabs.FindPage(&documents)));
    testing::saveScreenshot(RunningApp::mainFrame(), "client-chart-documents");
    auto& intake = windowNamed<wxScrolledWindow>("chart-intake");
    tabs.SetSelection(static_cast<std::size_t>(tabs.FindPage(&intake)));
    intake.Scroll(0, intake.GetVirtualSize().y);
    testing::saveScreenshot(RunningApp::mainFrame(), "client-chart-clearance");
    tabs.SetSelection(0);
}

TEST_F(ClientChart, TodayListsWhoNeedsAttentionAndOpensTheirChart)
{
    MainFrame& frame = RunningApp::mainFrame();
    frame.showView(View::Today);
    testing::processEvents();
    const std::vector<ListedRow> rows = testing::listedRows("needs-attention-list");
    ASSERT_FALSE(rows.empty());
    EXPECT_LE(rows.size(), 20u);
    EXPECT_THAT(rows, ::testing::Each(Field(&ListedRow::badge, AnyOf("Refer", "Clearance needed"))));
    EXPECT_THAT(labelOf("needs-attention-summary"), HasSubstr("red flag"));
    testing::saveScreenshot(frame, "today-needs-attention");

    // The Safety cells are text as well as colour: a screen reader says "Refer".
    auto& list = windowNamed<wxDataViewCtrl>("needs-attention-list");
    ASSERT_EQ(ui::accessibleRowCount(list), static_cast<int>(rows.size()));
    for (std::size_t row = 0; row < rows.size(); ++row) {
        EXPECT_THAT(ui::toUtf8(ui::accessibleCellText(list, static_cast<int>(row), 0)), HasSubstr(rows[row].name));
        EXPECT_THAT(ui::toUtf8(ui::accessibleCellText(list, static_cast<int>(row), 1)), HasSubstr(rows[row].badge));
    }

    // Double-click or Enter on a row.
    auto* model = dynamic_cast<clients::ui::ClientListModel*>(list.GetModel());
    ASSERT_NE(model, nullptr);
    wxDataViewEvent activated(wxEVT_DATAVIEW_ITEM_ACTIVATED, &list, model->GetItem(0));
    list.ProcessWindowEvent(activated);
    testing::processEvents();
    EXPECT_EQ(frame.currentView(), View::Clients);
    EXPECT_EQ(chart().clientId(), rows.front().id);
}

} // namespace
} // namespace knotwork::gui
