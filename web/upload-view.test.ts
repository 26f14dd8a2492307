import { describe, expect, it } from 'vitest';
import { problemText, rowText } from './assets/upload-view.js';

describe('upload issues table', () => {
  const issue = {
    field: 'tv_spend',
    row: 12,
    line: 13,
    reason: 'Row 12 (line 13 of the file), column tv_spend: negative spend -5',
  };

  it('shows the data row with the line of the file an editor shows', () => {
    expect(rowText(issue)).toBe('12 (line 13)');
    expect(rowText({ field: 'tv_spend', row: 12, reason: 'x' })).toBe('12');
    expect(rowText({ field: 'file', reason: 'The file is empty' })).toBe('–');
  });

  it('drops the row, line and column lead-in the other cells already show', () => {
    expect(problemText(issue)).toBe('Negative spend -5');
    expect(
      problemText({ field: 'tv_spend', row: 12, reason: 'Row 12, column tv_spend: negative' }),
    ).toBe('Negative');
  });
});
