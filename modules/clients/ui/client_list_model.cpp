#include "clients/ui/client_list_model.h"

#include <wx/settings.h>

#include "clients/ui/safety_badge.h"
#include "clients/ui/safety_badge_renderer.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"

namespace knotwork::clients::ui {

using knotwork::ui::formatDate;

using knotwork::ui::toWx;

wxString listNameText(const ClientListRow& row)
{
    Client client;
    client.familyName = row.familyName;
    client.givenNames = row.givenNames;
    const wxString name = toWx(listName(client));
    if (row.preferredName.empty() || row.preferredName == row.givenNames)
        return name;
    return wxString::Format(_("%s (%s)"), name, toWx(row.preferredName));
}

void ClientListModel::setQuery(ClientQueries* store, const ClientQuery& query, const Date& today,
                               std::optional<long long> limit)
{
    try {
        m_pages.reset(store, query, today, limit);
    } catch (const Error&) {
        Reset(0);
        throw;
    }
    Reset(static_cast<unsigned>(m_pages.size()));
}

ClientId ClientListModel::clientAt(unsigned row) const
{
    return m_pages.row(row).id;
}

std::optional<unsigned> ClientListModel::rowOf(ClientId id) const
{
    m_pages.row(0);  // the page the view shows first, read anyway
    if (const std::optional<long long> index = m_pages.cachedIndexOf(id))
        return static_cast<unsigned>(*index);
    return std::nullopt;
}

void ClientListModel::GetValueByRow(wxVariant& value, unsigned row, unsigned column) const
{
    const ClientListRow& client = m_pages.row(row);
    switch (column) {
    case Name: value = listNameText(client); return;
    case Safety: value = badgeVariant(badgeStyle(client.status, client.clearedUntil)); return;
    case Phone: value = toWx(client.phone); return;
    case Email: value = toWx(client.email); return;
    case LastVisit: value = formatDate(client.lastVisit, _("—")); return;
    default: value = wxString(); return;
    }
}

bool ClientListModel::SetValueByRow(const wxVariant&, unsigned, unsigned)
{
    return false;  // the list is read-only: clients change through their chart
}

bool ClientListModel::GetAttrByRow(unsigned row, unsigned column, wxDataViewItemAttr& attr) const
{
    if (column == Safety || !m_pages.row(row).archived)
        return false;
    attr.SetItalic(true);
    attr.SetColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    return true;
}

} // namespace knotwork::clients::ui
