// The public surface of spbe-generators: every output made from the plain model.
export { neutralizeFormula, unneutralizeFormula, escapeMermaid } from './output/escape.js';
export { defaultCsvSeparator, parseCsvSeparator, csvTable, type CsvSeparator } from './output/csv-table.js';
export { generateRoadmap, RoadmapFormats, type RoadmapFormat, type OutputFile, buildRoadmapReport, criticalPath } from './roadmap/index.js';
export { indicatorRanges, renderIndex, IndexFormats, type IndexFormat } from './index-report/index-report.js';
export { indexWords } from './output/document-words.js';
export { diagramFileName, exportDiagramText, DiagramFormats, type DiagramFormat, buildDiagram, Bands, type DiagramSpec, focusIntegrationMap, layoutDiagram, nodeLabel, textWidth } from './diagram/index.js';
export { renderDiff, DiffFormats, type DiffFormat, computeDiff, type DiffSide, diffHtml, isEmptyDiff, type WorkspaceDiff } from './diff/index.js';
export { exportInventory, inventoryTemplate, InventoryFormats, type InventoryFormat, inventoryRows, inventoryCsvName, joinDescription, enumValues, enumChoices, columnLetter, type InventoryColumn, type InventorySheet, InventorySheets, OpdSheet, FlagChoices, PlausibleYears } from './inventory/index.js';
export { type PreviewView, type PreviewParams, type PreviewNode, type PreviewEdge, type PreviewBand, type PreviewPayload } from './preview/preview-model.js';
export { buildPreviewPayload } from './preview/preview-payload.js';
export * from './scaffold/workspace-template.js';
export { generateSite, isSiteBaseUrl } from './site/generate-site.js';
export { readSiteAssets, type SiteAssets } from './site/site-assets.js';
export { buildDocument, documentDiagramSvgs, diagramMissingGlyphs, renderDocument, pngSize, printedWidthInches, DocumentJenisList, DocumentFormats, type DocumentFormat, type DocumentJenis, type DocumentFindings, type DocumentImages, type SubmittableDocument } from './document/index.js';
