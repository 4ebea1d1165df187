// Layout components: Flex, Box, Inline, Stack, AutoGrid, Center, Grid,
// GridItem, Spacer, Divider, Tile, Card (HubSpot's spacing scale, no semantics of their own).
import { cx, distance, testAttrs } from './base.js';

const JUSTIFY = { start: 'flex-start', end: 'flex-end', center: 'center', around: 'space-around', between: 'space-between' };
const ALIGN = { start: 'flex-start', end: 'flex-end', center: 'center', baseline: 'baseline', stretch: 'stretch', auto: 'auto' };

export function Flex(props) {
    const wrap = props.wrap === true || props.wrap === 'wrap';
    const style = {
        display: 'flex',
        flexDirection: props.direction === 'column' ? 'column' : 'row',
        gap: distance(props.gap, 'flush'),
        justifyContent: JUSTIFY[props.justify],
        alignItems: ALIGN[props.align] ?? (props.direction === 'column' ? 'stretch' : undefined),
        alignSelf: ALIGN[props.alignSelf],
        flexWrap: wrap ? 'wrap' : undefined,
    };
    return (
        <div className="hs-flex" style={style} {...testAttrs(props)}>
            {props.children}
        </div>
    );
}

export function Box(props) {
    const style = { alignSelf: ALIGN[props.alignSelf], flex: typeof props.flex === 'number' ? props.flex : props.flex };
    return (
        <div className="hs-box" style={style} {...testAttrs(props)}>
            {props.children}
        </div>
    );
}

export function Inline(props) {
    return <Flex {...props} direction="row" wrap align={props.align ?? 'center'} gap={props.gap ?? 'sm'} />;
}

export function Stack(props) {
    return <Flex {...props} direction={props.direction ?? 'column'} gap={props.distance ?? props.gap ?? 'sm'} />;
}

export function AutoGrid(props) {
    const min = `${Number(props.columnWidth) || 200}px`;
    const style = { display: 'grid', gap: distance(props.gap, 'sm'), gridTemplateColumns: `repeat(auto-fill, ${props.flexible === false ? min : `minmax(${min}, 1fr)`})` };
    return (
        <div style={style} {...testAttrs(props)}>
            {props.children}
        </div>
    );
}

export function Center(props) {
    return (
        <div style={{ display: 'flex', justifyContent: 'center', alignItems: 'center' }} {...testAttrs(props)}>
            {props.children}
        </div>
    );
}

export function Grid(props) {
    const columns = Number(props.columns) || 12;
    return (
        <div style={{ display: 'grid', gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, gap: distance(props.gap, 'sm') }} {...testAttrs(props)}>
            {props.children}
        </div>
    );
}

export function GridItem(props) {
    const span = Number(props.columnSpan || props.span) || 1;
    return (
        <div style={{ gridColumn: `span ${span}` }} {...testAttrs(props)}>
            {props.children}
        </div>
    );
}

export function Spacer(props) {
    return <div aria-hidden="true" style={{ height: distance(props.size ?? props.distance, 'md') }} {...testAttrs(props)} />;
}

export function Divider(props) {
    return <hr className="hs-divider" style={{ margin: `${distance(props.distance ?? props.size, 'sm')} 0` }} {...testAttrs(props)} />;
}

export function Tile(props) {
    return (
        <div className={cx('hs-tile', props.compact && 'hs-tile--compact', props.flush && 'hs-tile--flush')} {...testAttrs(props)}>
            {props.children}
        </div>
    );
}

export function Card(props) {
    return <Tile {...props} />;
}
