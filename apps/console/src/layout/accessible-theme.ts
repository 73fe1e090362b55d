import type { ThemeConfig } from 'antd';

/**
 * Colours that meet WCAG 2.1 AA (4.5:1 for text) where Ant Design's defaults do not: links and
 * error red (danger buttons) on white (#1677ff is 4.0:1, #ff4d4f 3.3:1). The text of coloured tags
 * is darkened in styles.css, which keeps their pale backgrounds.
 */
export const accessibleTheme: ThemeConfig = {
  token: {
    colorLink: '#0b4fd1',
    colorInfo: '#0b4fd1',
    colorError: '#c41d1d',
  },
};
