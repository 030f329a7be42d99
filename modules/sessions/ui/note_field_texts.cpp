#include "sessions/ui/note_field_texts.h"

#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "common/ui/wx_time.h"
#include "sessions/note_text.h"
#include "sessions/ui/session_text.h"

namespace knotwork::sessions::ui {

knotwork::ui::FieldTexts noteFieldTexts(const SoapNote& note)
{
    using knotwork::ui::toWx;
    knotwork::ui::FieldTexts texts{
        {_("Visit date"), knotwork::ui::formatDate(note.visitDate)},
        {_("Visit start"), note.visitTime ? knotwork::ui::formatTime(*note.visitTime) : wxString()},
        {_("Visit length"), note.visitMinutes ? wxString::Format(_("%d min"), *note.visitMinutes) : wxString()},
    };
    for (const NoteSection& section : describeNote(note, localeDate))
        for (const NoteLine& line : section.lines)
            texts.push_back({wxString::Format(_("%s: %s"), toWx(section.title), toWx(line.label)), toWx(line.value)});
    return texts;
}

} // namespace knotwork::sessions::ui
