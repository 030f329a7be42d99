#pragma once

#include "clients/client_queries.h"
#include "common/notifier.h"

class wxSizer;
class wxWindow;

namespace knotwork::clients::ui {

// Adds "Open letter" and "Save letter…" buttons for a stored attachment to `row` (the row under a
// FactSheet value): opening writes a private copy to the temporary folder and hands it to the
// desktop's viewer.
void addLetterButtons(wxWindow* parent, wxSizer* row, ClientQueries& store, Notifier& notifier,
                      long long attachmentId);

} // namespace knotwork::clients::ui
