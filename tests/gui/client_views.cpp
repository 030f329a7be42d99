#include "client_views.h"

#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/dialog.h>
#include <wx/srchctrl.h>

#include "clients/client_choices.h"
#include "clients/ui/client_list_model.h"
#include "clients/ui/safety_badge_renderer.h"
#include "common/ui/wx_text.h"
#include "app/gui/main_frame.h"
#include "gui_test_support.h"

namespace knotwork::gui::testing {

void openDemoPractice()
{
    MainFrame& frame = RunningApp::mainFrame();
    if (!frame.showingDemo() && !frame.exploreDemoPractice(kTestDemoClients))
        throw std::runtime_error("the demo practice did not open");
    frame.showView(View::Clients);
    typeSearch(wxString());
    chooseFilter(clients::ClientFilter::Active);
}

void DemoPracticeTest::SetUp()
{
    RunningApp::notifier().errors.clear();
    openDemoPractice();
}

void DemoPracticeTest::TearDown()
{
    for (const RecordingNotifier::Message& error : RunningApp::notifier().errors)
        ADD_FAILURE() << "the app showed an error: " << error.title << ": " << error.text;
}

void typeSearch(const wxString& text)
{
    windowNamed<wxSearchCtrl>("client-search").SetValue(text);
    processEvents();
}

void chooseFilter(clients::ClientFilter filter)
{
    auto& choice = windowNamed<wxChoice>("client-filter");
    const auto list = choices<clients::ClientFilter>();
    for (std::size_t i = 0; i < list.size(); ++i)
        if (list[i].value == filter)
            choice.SetSelection(static_cast<int>(i));
    wxCommandEvent chosen(wxEVT_CHOICE, choice.GetId());
    chosen.SetEventObject(&choice);
    chosen.SetInt(choice.GetSelection());
    choice.ProcessWindowEvent(chosen);
    processEvents();
}

std::vector<ListedRow> listedRows(const wxString& listName)
{
    auto& list = windowNamed<wxDataViewCtrl>(listName);
    auto* model = dynamic_cast<clients::ui::ClientListModel*>(list.GetModel());
    if (!model)
        throw std::runtime_error("the list has no client model");
    std::vector<ListedRow> rows;
    for (unsigned row = 0; row < model->GetCount(); ++row) {
        wxVariant name;
        wxVariant badge;
        model->GetValueByRow(name, row, clients::ui::ClientListModel::Name);
        model->GetValueByRow(badge, row, clients::ui::ClientListModel::Safety);
        rows.push_back({ui::toUtf8(name.GetString()), ui::toUtf8(clients::ui::badgeOf(badge).text),
                        model->clientAt(row)});
    }
    return rows;
}

void answerNextDialog(std::function<void(wxDialog&)> answer)
{
    wxTheApp->CallAfter([answer = std::move(answer)] {
        for (wxWindow* window : wxTopLevelWindows) {
            auto* dialog = dynamic_cast<wxDialog*>(window);
            if (dialog && dialog->IsModal()) {
                answer(*dialog);
                return;
            }
        }
        ADD_FAILURE() << "no dialog was showing";
    });
}

} // namespace knotwork::gui::testing
