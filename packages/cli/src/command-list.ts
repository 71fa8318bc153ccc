import type { CommandDefinition } from './command-definition.js';
import { buildSiteDefinition } from './definitions/build-commands.js';
import { exportDiagramDefinition, exportInventoryDefinition } from './definitions/export-commands.js';
import { generateDocumentDefinition, generateRoadmapDefinition } from './definitions/generate-commands.js';
import { importDefinition, templateDefinition } from './definitions/inventory-commands.js';
import { lspDefinition } from './definitions/lsp-command.js';
import { diffDefinition, indexDefinition } from './definitions/report-commands.js';
import { ciTemplateDefinition, initDefinition, validateDefinition } from './definitions/workspace-commands.js';

/** The descriptions of the command groups (`spbe generate …`, `spbe export …`). */
export const CommandGroups: Readonly<Record<string, string>> = {
    generate: 'generate documents from a workspace',
    export: 'export diagrams and inventories',
    build: 'build publishable outputs from a workspace'
};

/**
 * Every `spbe` command, in the order `spbe --help` lists them (a group where its first command is).
 * Adding a command is one line here plus its definition (see packages/cli/README.md).
 */
export const Commands: readonly CommandDefinition[] = [
    validateDefinition,
    initDefinition,
    ciTemplateDefinition,
    generateRoadmapDefinition,
    generateDocumentDefinition,
    buildSiteDefinition,
    exportDiagramDefinition,
    exportInventoryDefinition,
    templateDefinition,
    importDefinition,
    indexDefinition,
    diffDefinition,
    lspDefinition
];
