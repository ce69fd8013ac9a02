export interface Appearance {
  colorBy: 'type' | 'community';
  sizeBy: 'degree' | 'pagerank';
}
