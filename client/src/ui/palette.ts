/**
 * Okabe–Ito colours: distinguishable with the common forms of colour blindness. Series
 * also differ by dash pattern or position, never by colour alone.
 */
export const PALETTE = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  vermillion: '#D55E00',
  sky: '#56B4E9',
  purple: '#CC79A7',
  yellow: '#F0E442',
  black: '#000000',
  grey: '#8a8a8a',
} as const;


/** Viridis in five steps, dark to light, with a readable text colour for each. */
export const SEQUENTIAL = [
  { fill: '#440154', text: '#ffffff' },
  { fill: '#3b528b', text: '#ffffff' },
  // black, not white, on the middle step: white on #21918c is 3.8:1, under WCAG AA's 4.5:1
  { fill: '#21918c', text: '#000000' },
  { fill: '#5ec962', text: '#000000' },
  { fill: '#fde725', text: '#000000' },
];
