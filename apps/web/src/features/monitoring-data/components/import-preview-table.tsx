// The file's columns and its first rows as read by the server, so the reader sees which column holds what.
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../api/preview-scorecard-import';

export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll import-preview" role="region" aria-label={t('imports.preview.label')} tabIndex={0}>
      <table className="table">
        <thead>
          <tr>
            {preview.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.sampleRows.map((row, index) => (
            <tr key={index}>
              {preview.columns.map((column, at) => (
                <td key={column}>{row[at]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
