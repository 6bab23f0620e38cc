#pragma once

#include "Workspace.h"

// The workspace used when none is chosen: workspace.sqlite in the user's data directory
// (QStandardPaths::AppDataLocation). On first start it is created with the sample report
// (湘潭市行政审批服务局 2023), once: a clerk who deletes the sample does not get it back.
class DefaultWorkspace
{
public:
    static QString filePath();
    static WorkspaceLocation location() { return WorkspaceLocation::sqlite(filePath()); }
    // Opens (creating and seeding it the first time) the default workspace.
    static WorkspaceError open(Workspace &workspace, const Workspace::Options &options);
    // Adds the sample report unless this workspace was seeded before. Used by open().
    static WorkspaceError seed(Workspace &workspace);
};
