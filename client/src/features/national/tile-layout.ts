/**
 * Each province's cell in a tile grid that keeps Indonesia's rough geography: Sumatra on
 * the left, Java and Nusa Tenggara along the bottom, Kalimantan and Sulawesi in the
 * middle, Maluku and Papua on the right. Keyed by Kemendagri code; [column, row].
 */
export const TILE_POSITIONS: Record<string, [number, number]> = {
  '11': [0, 0], // Aceh
  '12': [1, 1], // Sumatera Utara
  '21': [3, 1], // Kepulauan Riau
  '13': [1, 2], // Sumatera Barat
  '14': [2, 2], // Riau
  '17': [1, 3], // Bengkulu
  '15': [2, 3], // Jambi
  '19': [3, 3], // Kepulauan Bangka Belitung
  '16': [2, 4], // Sumatera Selatan
  '18': [3, 5], // Lampung
  '36': [4, 6], // Banten
  '31': [5, 5], // DKI Jakarta
  '32': [5, 6], // Jawa Barat
  '33': [6, 6], // Jawa Tengah
  '34': [6, 7], // DI Yogyakarta
  '35': [7, 6], // Jawa Timur
  '51': [8, 6], // Bali
  '52': [9, 6], // Nusa Tenggara Barat
  '53': [10, 6], // Nusa Tenggara Timur
  '61': [5, 2], // Kalimantan Barat
  '65': [7, 1], // Kalimantan Utara
  '64': [7, 2], // Kalimantan Timur
  '62': [6, 3], // Kalimantan Tengah
  '63': [7, 3], // Kalimantan Selatan
  '75': [10, 1], // Gorontalo
  '71': [11, 1], // Sulawesi Utara
  '72': [9, 2], // Sulawesi Tengah
  '76': [8, 3], // Sulawesi Barat
  '73': [9, 4], // Sulawesi Selatan
  '74': [10, 3], // Sulawesi Tenggara
  '82': [12, 1], // Maluku Utara
  '81': [12, 3], // Maluku
  '96': [13, 2], // Papua Barat Daya
  '92': [14, 2], // Papua Barat
  '94': [15, 3], // Papua Tengah
  '91': [16, 2], // Papua
  '95': [16, 3], // Papua Pegunungan
  '93': [16, 4], // Papua Selatan
};

export const TILE_COLUMNS = 17;
export const TILE_ROWS = 8;
