#pragma once

namespace knotwork::gui {

class MainFrame;

// Client › Export record…: the chosen client's whole record for the client themself (the right
// of access), written into a folder the person chooses: the PDF summary (logged among the
// documents that left the practice) and the same records in the open format, as
// `knotwork-cli client export` writes them. Nothing without a chosen client.
void exportChosenClientRecord(MainFrame& frame);

} // namespace knotwork::gui
