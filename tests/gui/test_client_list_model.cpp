#include <gtest/gtest.h>
#include <wx/dataview.h>
#include <wx/frame.h>

#include "clients/ui/client_list_model.h"
#include "clients/ui/client_list_view.h"
#include "common/error.h"
#include "gui_test_support.h"

namespace knotwork::gui {
namespace {

const Date kToday(2026, 11, 23);

using clients::ClientListRow;
using clients::ClientQuery;

ClientListRow rowOf(clients::ClientId id, const std::string& family, const std::string& given,
                    const std::string& preferred = {})
{
    ClientListRow row;
    row.id = id;
    row.familyName = family;
    row.givenNames = given;
    row.preferredName = preferred;
    return row;
}

// A store of `clients` made-up rows that counts how it is read; nothing else may be asked of it.
class CountingStore : public clients::ClientQueries {
public:
    explicit CountingStore(long long clients) : m_clients(clients) {}

    long long count(const ClientQuery&, const Date&) override
    {
        ++counts;
        return m_clients;
    }
    std::vector<ClientListRow> page(const ClientQuery&, const Date&, long long offset, int limit) override
    {
        ++pages;
        if (failPages)
            throw StorageError("The disk is full.");
        rowsRead += limit;
        std::vector<ClientListRow> rows;
        for (long long id = offset + 1; id <= std::min(m_clients, offset + limit); ++id)
            rows.push_back(rowOf(id, "Family " + std::to_string(id), "Given"));
        return rows;
    }

    clients::ClientChart chart(clients::ClientId) override { throw unexpected(); }
    clients::ClientListRow listRow(clients::ClientId, const Date&) override { throw unexpected(); }
    std::vector<clients::VisitingClient> visitingClients(const std::vector<clients::ClientId>&) override
    {
        throw unexpected();
    }
    std::vector<clients::CareTeamClient> careTeamClients(clients::ProviderId, const Date&) override { throw unexpected(); }
    clients::Attachment attachment(long long) override { throw unexpected(); }

    bool failPages = false;
    int counts = 0;
    int pages = 0;
    long long rowsRead = 0;

private:
    static Error unexpected() { return Error("the list asked the store for more than rows"); }
    long long m_clients;
};

TEST(ClientListModel, FiftyThousandClientsAreCountedOnceAndReadOnlyAsFarAsShown)
{
    CountingStore store(50'000);
    wxObjectDataPtr<clients::ui::ClientListModel> model(new clients::ui::ClientListModel);
    auto* frame = new wxFrame(nullptr, wxID_ANY, "list");
    wxDataViewCtrl* list = clients::ui::createClientListView(
        frame, model.get(), {clients::ui::ClientListModel::Name, clients::ui::ClientListModel::Safety},
        "big-list");
    frame->SetClientSize(frame->FromDIP(wxSize(500, 400)));
    frame->Show();

    model->setQuery(&store, {}, kToday);
    testing::processEvents();
    EXPECT_EQ(store.counts, 1);
    EXPECT_EQ(model->GetCount(), 50'000u);
    EXPECT_LE(store.pages, 2) << "the screen shows the first page";

    // Jumping to the end reads the pages the view scrolls past on screen, never the whole table.
    list->EnsureVisible(model->GetItem(49'999));
    testing::processEvents();
    EXPECT_EQ(model->clientAt(49'999), 50'000);
    EXPECT_LT(store.rowsRead, 5'000);
    EXPECT_EQ(store.counts, 1);
    frame->Destroy();
    testing::processEvents();
}

TEST(ClientListModel, KeepsOnlyTheMostRecentlyUsedPages)
{
    CountingStore store(10'000);
    clients::ui::ClientPageCache cache(2);
    cache.reset(&store, {}, kToday);
    EXPECT_EQ(cache.row(0).id, 1);
    EXPECT_EQ(cache.row(5'000).id, 5'001);
    EXPECT_EQ(cache.row(1).id, 2);         // page 0 again, still cached
    EXPECT_EQ(store.pages, 2);
    EXPECT_EQ(cache.row(9'999).id, 10'000);  // a third page pushes out page 25, used least lately
    EXPECT_EQ(cache.row(5'001).id, 5'002);
    EXPECT_EQ(store.pages, 4);
    EXPECT_EQ(cache.cachedIndexOf(10'000), 9'999);
    EXPECT_FALSE(cache.cachedIndexOf(1).has_value());
}

TEST(ClientListModel, APageThatCannotBeReadShowsEmptyRowsAndIsReportedOnce)
{
    CountingStore store(1'000);
    store.failPages = true;
    std::vector<std::string> reported;
    clients::ui::ClientPageCache cache;
    cache.onReadFailed([&reported](const Error& error) { reported.push_back(error.what()); });
    cache.reset(&store, {}, kToday);
    EXPECT_EQ(cache.row(0).id, 0);
    EXPECT_EQ(cache.row(700).id, 0);
    EXPECT_EQ(reported, std::vector<std::string>{"The disk is full."});

    store.failPages = false;
    cache.reload();
    EXPECT_EQ(cache.row(700).id, 701);
}

TEST(ClientListModel, ShowsPreferredNamesBesideTheLegalName)
{
    EXPECT_EQ(clients::ui::listNameText(rowOf(1, "Martin", "Zoë", "Zo")), wxString::FromUTF8("Martin, Zoë (Zo)"));
    EXPECT_EQ(clients::ui::listNameText(rowOf(1, "Martin", "Zoë", "Zoë")), wxString::FromUTF8("Martin, Zoë"));
    EXPECT_EQ(clients::ui::listNameText(rowOf(1, "Martin", "Zoë")), wxString::FromUTF8("Martin, Zoë"));
}

} // namespace
} // namespace knotwork::gui
