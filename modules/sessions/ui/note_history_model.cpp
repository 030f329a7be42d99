#include "sessions/ui/note_history_model.h"

#include "common/ui/wx_date.h"
#include "sessions/ui/session_text.h"

namespace knotwork::sessions::ui {

void NoteHistoryModel::setNotes(std::vector<NoteSummary> notes)
{
    m_notes = std::move(notes);
    Reset(static_cast<unsigned>(m_notes.size()));
}

const NoteSummary* NoteHistoryModel::noteAt(unsigned row) const
{
    return row < m_notes.size() ? &m_notes[row] : nullptr;
}

std::optional<unsigned> NoteHistoryModel::rowOf(NoteId id) const
{
    for (unsigned row = 0; row < m_notes.size(); ++row)
        if (m_notes[row].id == id)
            return row;
    return std::nullopt;
}

void NoteHistoryModel::GetValueByRow(wxVariant& value, unsigned row, unsigned column) const
{
    const NoteSummary* note = noteAt(row);
    if (!note) {
        value = wxString();
        return;
    }
    switch (column) {
    case VisitDate: value = knotwork::ui::formatDate(note->visitDate); return;
    case HeadacheDays: value = headacheDaysText(*note); return;
    case Intensity: value = intensityText(*note); return;
    case Rotation: value = rotationText(*note); return;
    case Status: value = statusText(*note); return;
    case Addenda: value = addendaText(*note); return;
    default: value = wxString(); return;
    }
}

bool NoteHistoryModel::SetValueByRow(const wxVariant&, unsigned, unsigned)
{
    return false;  // signed notes never change; drafts change in the editor
}

bool NoteHistoryModel::GetAttrByRow(unsigned row, unsigned column, wxDataViewItemAttr& attr) const
{
    // A draft stands out (in words too: its status says "Draft") until it is signed.
    const NoteSummary* note = noteAt(row);
    if (!note || note->status != NoteStatus::Draft || column != Status)
        return false;
    attr.SetBold(true);
    return true;
}

} // namespace knotwork::sessions::ui
