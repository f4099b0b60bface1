// Draws the dashboard's charts from the data the page carries in data attributes.
document.addEventListener('DOMContentLoaded', function () {
    var holder = document.getElementById('report-charts');
    if (!holder || typeof echarts === 'undefined') {
        return;
    }
    var data = JSON.parse(holder.dataset.report);
    var labels = holder.dataset;
    var font = getComputedStyle(document.body).fontFamily;
    // a chart with nothing to draw says so instead of drawing empty axes
    function draw(id, option, empty) {
        var element = document.getElementById(id);
        if (!element) {
            return;
        }
        var chart = echarts.init(element);
        if (empty) {
            element.dataset.empty = 'true';
            chart.setOption({
                textStyle: { fontFamily: font },
                title: { text: labels.labelNoData, left: 'center', top: 'middle',
                         textStyle: { color: '#6c757d', fontSize: 14, fontWeight: 'normal', fontFamily: font } }
            });
        } else {
            option.textStyle = { fontFamily: font };
            option.tooltip = option.tooltip || { trigger: 'axis' };
            // room for the axis labels, such as long team names, inside the chart
            option.grid = { left: 24, right: 16, top: 24, bottom: 8, containLabel: true };
            // one or two bars stay bars, not blocks
            (option.series || []).forEach(function (series) { series.barMaxWidth = 40; });
            chart.setOption(option);
        }
        window.addEventListener('resize', function () { chart.resize(); });
    }
    function hours(value) { return Number(value); }
    // a horizontal bar chart: long names read on the vertical axis
    function bars(items, name, value, label, integers) {
        return {
            tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
            xAxis: { type: 'value', minInterval: integers ? 1 : 0 },
            yAxis: { type: 'category', inverse: true, data: items.map(name),
                     axisLabel: { width: 160, overflow: 'truncate' } },
            series: [{ name: label, type: 'bar', data: items.map(value) }]
        };
    }
    draw('chart-needs', {
        xAxis: { type: 'category', data: [labels.labelPublished, labels.labelMatched] },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', data: [data.needs.published, data.needs.matched] }]
    }, data.needs.published === 0 && data.needs.matched === 0);
    draw('chart-months', {
        xAxis: { type: 'category', data: data.months.map(function (m) { return m.month; }) },
        yAxis: { type: 'value' },
        series: [{ name: labels.labelHours, type: 'line', data: data.months.map(function (m) { return hours(m.hours); }) }]
    }, data.months.every(function (m) { return hours(m.hours) === 0; }));
    // each direction by its own name (the finer one when there is one), its top level in the tooltip
    function directionName(d) { return d.name; }
    function directionTooltip(value) {
        return function (params) {
            var d = params[0].data.direction;
            return (d.top !== d.name ? d.top + ' › ' : '') + d.name + '<br>' + params[0].seriesName + ': ' + value(d);
        };
    }
    var withHours = data.directions.filter(function (d) { return hours(d.hours) > 0; });
    var hoursChart = bars(withHours, directionName,
        function (d) { return { value: hours(d.hours), direction: d }; }, labels.labelHours, false);
    hoursChart.tooltip.formatter = directionTooltip(function (d) { return hours(d.hours); });
    draw('chart-direction-hours', hoursChart, withHours.length === 0);
    var withProjects = data.directions.filter(function (d) { return d.projects > 0; });
    var projectsChart = bars(withProjects, directionName,
        function (d) { return { value: d.projects, direction: d }; }, labels.labelProjects, true);
    projectsChart.tooltip.formatter = directionTooltip(function (d) { return d.projects; });
    draw('chart-direction-projects', projectsChart, withProjects.length === 0);
    draw('chart-children', bars(data.children, function (c) { return c.name; },
        function (c) { return hours(c.hours); }, labels.labelHours, false),
        data.children.every(function (c) { return hours(c.hours) === 0; }));
    draw('chart-teams', bars(data.teams, function (t) { return t.name; },
        function (t) { return hours(t.hours); }, labels.labelHours, false), data.teams.length === 0);
});
