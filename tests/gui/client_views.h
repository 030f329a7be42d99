#pragma once

#include <functional>
#include <gtest/gtest.h>
#include <stdexcept>
#include <string>
#include <vector>
#include <wx/app.h>
#include <wx/window.h>

#include "clients/client_chart.h"

class wxDialog;

namespace knotwork::gui::testing {

// How many clients the tests' demo practice holds: enough for pages and filters, quick to write.
inline constexpr int kTestDemoClients = 300;

// The window named `name` under the main window, as a T; throws when there is none.
template <typename T>
T& windowNamed(const wxString& name)
{
    auto* found = dynamic_cast<T*>(wxWindow::FindWindowByName(name, wxTheApp->GetTopWindow()));
    if (!found)
        throw std::runtime_error("no window named " + name.utf8_string());
    return *found;
}

// Opens the demo practice the way File › Explore a demo practice does (generating it on the
// first call), and shows the Clients view with no search or filter.
void openDemoPractice();

// A test in the demo practice's Clients view; fails when the app showed an error message.
class DemoPracticeTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;
};

// Types into the client search box and waits past the typing pause.
void typeSearch(const wxString& text);
// Chooses a filter as a person would in the "Show:" choice.
void chooseFilter(clients::ClientFilter filter);

// A row of a client list as shown: the name column, the badge word, the client.
struct ListedRow {
    std::string name;
    std::string badge;
    clients::ClientId id = 0;
};
// Every row the list named `listName` shows now.
std::vector<ListedRow> listedRows(const wxString& listName);

// Answers the next modal dialog once it is showing, as a person at the screen would: `answer`
// fills it in and ends it.
void answerNextDialog(std::function<void(wxDialog&)> answer);

} // namespace knotwork::gui::testing
