import type { IndexResult } from 'spbe-model';
import type { BudgetSums, ElementRef, RoadmapReport } from './roadmap-report.js';

/** One index value: score, predikat (provisional when partial), the assessed share and the share from targets only, as fractions 0..1. */
function indexValue(year: number, result: IndexResult) {
    return {
        tahun: year,
        nilai: result.score,
        predikat: result.predicate,
        labelPredikat: result.predicateLabel,
        sementara: result.provisional,
        bobotDinilai: result.assessedShare,
        bobotTarget: result.targetShare,
        indikatorDinilai: result.assessedCount,
        indikatorTarget: result.targetCount,
        jumlahIndikator: result.indicatorCount
    };
}

/**
 * The roadmap as JSON (schema in docs/roadmap-json.md). Keys are stable; years are string keys;
 * money is whole rupiah as numbers.
 */
export function roadmapJson(report: RoadmapReport): string {
    const byYear = (values: Readonly<Record<number, number>>) =>
        Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined).map(([year, v]) => [String(year), v]));
    // A sum with an unreadable amount is null (v2 §6): a wrong number would be read as the budget.
    const sumByYear = (s: BudgetSums) => Object.fromEntries(Object.entries(s.perYear).map(([year, v]) => [String(year), s.unreadPerYear[Number(year)] ? null : v]));
    const total = (s: BudgetSums) => (s.unread > 0 ? null : s.total);
    const document = {
        version: 1,
        ilustrasi: report.ilustrasi,
        galat: report.workspaceErrors,
        pemda: report.pemda ?? null,
        periode: report.periode ?? null,
        tahun: report.years,
        filter: report.filters,
        items: report.rows.map(r => ({
            no: r.no,
            name: r.name,
            kode: r.kode || null,
            kodeTurunan: r.kodeDerived,
            title: r.title,
            muatan: r.muatan,
            penanggungJawab: r.penanggungJawab,
            pelaksana: r.pelaksana,
            tahunMulai: r.tahunMulai,
            tahunSelesai: r.tahunSelesai,
            target: Object.fromEntries(Object.entries(r.targets).map(([y, t]) => [String(y), t])),
            anggaran: byYear(r.anggaran),
            anggaranTotal: r.unread > 0 ? null : r.total,
            anggaranLengkap: r.unread === 0,
            sumberDana: r.sumberDana || null,
            kegiatan: r.kegiatan || null,
            daftarKegiatan: r.kegiatanList,
            prioritas: r.prioritas || null,
            indikatorKinerja: r.indikatorKinerja.map(k => ({
                nama: k.name,
                satuan: k.satuan ?? null,
                awal: k.awal ?? null,
                target: Object.fromEntries(k.targets.map(t => [String(t.year), t.value]))
            })),
            anggaranTidakDimuat: r.anggaranDropped,
            indikator: r.indikatorTargets,
            setelah: r.setelah,
            jalurKritis: r.critical
        })),
        totals: {
            anggaranPerTahun: sumByYear(report.totals),
            anggaranPerMuatan: Object.fromEntries(report.groups.map(g => [g.muatan, total(g)])),
            anggaranPerOpd: Object.fromEntries(report.budgetByOpd.map(b => [b.opd, total(b)])),
            anggaran: total(report.totals),
            anggaranLengkap: report.totals.unread === 0,
            nilaiTakTerbaca: report.totals.unread
        },
        coverage: {
            muatan: Object.fromEntries(report.coverage.map(c => [c.muatan, c.count])),
            muatanTanpaRencana: report.coverage.filter(c => c.count === 0).map(c => c.muatan)
        },
        // The JSON names things by identifier only (docs/roadmap-json.md); the words are for the documents.
        gap: {
            toBe: report.gap.toBe.map(t => ({ element: elementJson(t.element), realizedBy: t.realizedBy, year: t.year })),
            retirements: report.gap.retirements.map(t => ({ element: elementJson(t.element), retiredBy: t.retiredBy, year: t.year })),
            unrealized: report.gap.unrealized.map(elementJson)
        },
        jalurKritis: report.criticalPath,
        indeks: report.index ? {
            kerangka: report.index.framework,
            judul: report.index.title,
            penilaian: report.index.baseline ? indexValue(report.index.baseline.year, report.index.baseline.result) : null,
            proyeksi: report.index.years.map(y => indexValue(y.year, y.result))
        } : null
    };
    return JSON.stringify(document, undefined, 2) + '\n';
}

function elementJson(e: ElementRef): { id: string; title: string; kind: string; opd: string } {
    return { id: e.id, title: e.title, kind: e.kind, opd: e.opd };
}
