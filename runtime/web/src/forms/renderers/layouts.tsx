// Layouts: vertical and horizontal lists, sections (groups) with headings, categorizations as sections too.
import type { GroupLayout, LayoutProps, UISchemaElement } from '@jsonforms/core';
import { JsonFormsDispatch, withJsonFormsLayoutProps } from '@jsonforms/react';
import { useFormContext } from '../FormContext';
import { joinPath, permissionPath, scopeToPath } from '../paths';

type Element = UISchemaElement & { elements?: Element[]; scope?: string; label?: string; options?: Record<string, unknown> };

/** Whether any control inside an element is readable (a section with none is left out). */
function anyReadable(element: Element, basePath: string, access: (path: string) => string): boolean {
  if (typeof element.scope === 'string') return access(permissionPath(joinPath(basePath, scopeToPath(element.scope)))) !== 'hidden';
  return (element.elements ?? []).some((child) => anyReadable(child, basePath, access));
}

function Children({ props }: { props: LayoutProps }) {
  const { access } = useFormContext();
  const elements = ((props.uischema as Element).elements ?? []).filter((e) => anyReadable(e, props.path, access));
  return (
    <>
      {elements.map((child, i) => (
        <JsonFormsDispatch key={i} uischema={child} schema={props.schema} path={props.path} enabled={props.enabled} renderers={props.renderers} cells={props.cells} />
      ))}
    </>
  );
}

function Vertical(props: LayoutProps) {
  if (!props.visible) return null;
  const grid = (props.uischema as Element).options?.grid === true;
  return (
    <div className={grid ? 'layout-grid' : 'layout-vertical'}>
      <Children props={props} />
    </div>
  );
}

function Horizontal(props: LayoutProps) {
  if (!props.visible) return null;
  return (
    <div className="layout-grid">
      <Children props={props} />
    </div>
  );
}

function Group(props: LayoutProps) {
  const { ct, access } = useFormContext();
  const element = props.uischema as Element & GroupLayout;
  if (!props.visible || !anyReadable(element, props.path, access)) return null;
  const id = `g-${(element.label ?? '').replace(/[^A-Za-z0-9]/g, '_')}-${(props.path ?? '').replace(/\./g, '_')}`;
  return (
    <section className="group" aria-labelledby={id}>
      <h3 id={id}>{ct(element.label)}</h3>
      <Children props={props} />
    </section>
  );
}

export const VerticalLayoutRenderer = withJsonFormsLayoutProps(Vertical);
export const HorizontalLayoutRenderer = withJsonFormsLayoutProps(Horizontal);
export const GroupRenderer = withJsonFormsLayoutProps(Group);
