#pragma once

#include <functional>

namespace knotwork::gui {

// Runs `task` on a thread of its own and waits for it with every window disabled but still
// drawn, so a slow server does not leave the app looking hung; rethrows what `task` threw.
// `task` must not touch the practice or any window: only the network or the disk.
void waitInBackground(const std::function<void()>& task);

} // namespace knotwork::gui
