#pragma once

// The icons live in a resource compiled into the static comptoir_ui library; a static library's
// resources must be registered by hand before first use (Q_INIT_RESOURCE).

namespace UiResources {
void ensureLoaded();
} // namespace UiResources
