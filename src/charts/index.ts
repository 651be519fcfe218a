/** chart.js configurations shared by the pane and the report's pictures. */
export * from './chartSpec';
export * from './chartText';
export * from './attendanceChart';
export * from './pillarChart';
export * from './monthlyMeetingsChart';
export * from './incidentCategoryChart';
export * from './outreachFunnelChart';
export * from './topicsChart';
export * from './dashboardCharts';
