#pragma once

#include <optional>
#include <wx/dataview.h>

#include "clients/ui/client_page_cache.h"

namespace knotwork::clients::ui {

// The client list's rows for a wxDataViewCtrl: a virtual model over ClientPageCache, so the view
// asks only for the rows on screen and the store reads only their pages.
class ClientListModel : public wxDataViewVirtualListModel {
public:
    enum Column : unsigned { Name, Safety, Phone, Email, LastVisit, ColumnCount };

    // Runs the query (one count) and tells the view the list changed. No store: an empty list.
    // Throws knotwork::Error when the count fails; the view then shows an empty list.
    void setQuery(ClientQueries* store, const ClientQuery& query, const Date& today,
                  std::optional<long long> limit = std::nullopt);
    void onReadFailed(ClientPageCache::ReadFailed handler) { m_pages.onReadFailed(std::move(handler)); }

    long long rowCount() const { return m_pages.size(); }
    // How many clients the query matches, also those past a limit.
    long long matchCount() const { return m_pages.matches(); }
    const ClientQuery& query() const { return m_pages.query(); }
    // The client on `row`; 0 when there is none.
    ClientId clientAt(unsigned row) const;
    // The row of a client among the pages read so far and the first page.
    std::optional<unsigned> rowOf(ClientId id) const;

    void GetValueByRow(wxVariant& value, unsigned row, unsigned column) const override;
    bool SetValueByRow(const wxVariant& value, unsigned row, unsigned column) override;
    bool GetAttrByRow(unsigned row, unsigned column, wxDataViewItemAttr& attr) const override;

private:
    // Filling a missing page is the one thing reading a value may do, hence mutable.
    mutable ClientPageCache m_pages;
};

// "Martin, Zoë (Zo)": family and given names, with the preferred name when it differs.
wxString listNameText(const ClientListRow& row);

} // namespace knotwork::clients::ui
