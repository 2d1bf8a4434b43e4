#include "UiResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside of any namespace.
static void initComptoirResources()
{
    Q_INIT_RESOURCE(comptoir);
}

void UiResources::ensureLoaded()
{
    static const bool loaded = [] {
        initComptoirResources();
        return true;
    }();
    Q_UNUSED(loaded);
}
