#include "UnhintedGlyphs.h"

#include <atomic>
#include <dlfcn.h>

namespace {

std::atomic<bool> usedInThisProcess{false};

bool removeAutoHinter()
{
    // qt_getFreetype() is QtGui's (exported, not in its public headers): the FreeType library
    // of the calling thread, created on first use. FT_Get_Module and FT_Remove_Module are
    // FreeType's public API. All three are looked up at run time in the libraries Qt already
    // loaded, so neither is a build dependency and another Qt build simply keeps hinting.
    using Library = void *;
    using GetLibrary = Library (*)();
    using GetModule = void *(*)(Library, const char *);
    using RemoveModule = int (*)(Library, void *);
    const auto getLibrary = reinterpret_cast<GetLibrary>(dlsym(RTLD_DEFAULT, "_Z14qt_getFreetypev"));
    const auto getModule = reinterpret_cast<GetModule>(dlsym(RTLD_DEFAULT, "FT_Get_Module"));
    const auto removeModule = reinterpret_cast<RemoveModule>(dlsym(RTLD_DEFAULT, "FT_Remove_Module"));
    if (!getLibrary || !getModule || !removeModule)
        return false;
    const Library library = getLibrary();
    if (!library)
        return false;
    void *autoHinter = getModule(library, "autofitter");
    return !autoHinter || removeModule(library, autoHinter) == 0;
}

} // namespace

bool UnhintedGlyphs::useInThisProcess()
{
    const bool removed = removeAutoHinter();
    if (removed)
        usedInThisProcess = true;
    return removed;
}

void UnhintedGlyphs::followProcess()
{
    if (usedInThisProcess)
        removeAutoHinter();
}
